package org.vaxline.registryimport;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.vaxline.platform.store.Dialect;
import org.vaxline.registryimport.domain.ImportSummary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** For any mix of valid and invalid rows: every row counted once, and a second import creates nothing. */
class ImportPropertiesTest {
    private static final AtomicInteger SERIAL = new AtomicInteger(1000);
    private static ImportWorld world;

    private static synchronized ImportWorld world() throws IOException {
        if (world == null) {
            world = new ImportWorld(Dialect.SQLITE, Files.createTempDirectory("import-properties"));
        }
        return world;
    }

    @AfterContainer
    static void close() {
        if (world != null) {
            world.close();
        }
    }

    @Property(tries = 25)
    void everyRowIsCountedOnceAndASecondImportCreatesNothing(@ForAll("rows") List<Integer> kinds) throws IOException {
        ImportWorld w = world();
        List<String> lines = new ArrayList<>(List.of(ImportWorld.PEOPLE_HEADER));
        for (int kind : kinds) {
            lines.add(row(kind, SERIAL.incrementAndGet()));
        }
        Path file = w.write("mix-" + SERIAL.incrementAndGet() + ".csv", lines);

        ImportSummary first = w.importPersons(file);
        ImportSummary second = w.importPersons(file);

        assertThat(first.created() + first.unchanged() + first.alreadyRegistered() + first.failed()).isEqualTo(kinds.size());
        assertThat(first.rows()).isEqualTo(kinds.size());
        assertThat(second.created()).isZero();
        assertThat(second.failed()).isEqualTo(first.failed());
        assertThat(ImportWorld.report(second)).isEqualTo(ImportWorld.report(first));
    }

    @Provide
    Arbitrary<List<Integer>> rows() {
        return Arbitraries.integers().between(0, 7).list().ofMaxSize(30);
    }

    /** Kinds 0-2 valid; the others each break one thing (ID digit, date, province, sex, name, too many fields). */
    private static String row(int kind, int n) {
        String row = ImportWorld.person(n);
        String id = ImportWorld.citizenId(n);
        return switch (kind) {
            case 3 -> row.replace(id, id.substring(0, 4) + "99" + id.substring(6));
            case 4 -> row.replaceFirst("1990-05-\\d\\d", "1990-13-01");
            case 5 -> row.replace(",01,COMMUNE-01-1,", ",98,,");
            case 6 -> row.replace(",Nam,", ",?,").replace(",Nữ,", ",?,");
            case 7 -> row + ",extra";
            default -> row;
        };
    }
}
