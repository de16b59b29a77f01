package org.vaxline.registryimport;

import org.vaxline.app.Vaxline;
import org.vaxline.masterdata.demo.DemoMasterData;
import org.vaxline.person.domain.CitizenId;
import org.vaxline.person.domain.Sex;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.security.Role;
import org.vaxline.platform.store.Dialect;
import org.vaxline.platform.store.Store;
import org.vaxline.registryimport.application.ImportRequest;
import org.vaxline.registryimport.application.ProgressListener;
import org.vaxline.registryimport.domain.ImportSummary;
import org.vaxline.testing.TestStores;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** The real application on a real store with the demo master data and the import module on it; builders of rows. */
final class ImportWorld implements AutoCloseable {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2021-10-01T09:00:00Z"), ZoneOffset.UTC);
    static final Actor ADMIN = new Actor("nat.admin", Role.NATIONAL_ADMIN, null, null);
    static final String PEOPLE_HEADER = "ho_ten,ngay_sinh,gioi_tinh,loai_giay_to,so_giay_to,so_dien_thoai,ma_tinh,ma_xa,nhom_uu_tien";

    final Store store;
    final Vaxline app;
    final ImportModule imports;
    final Path dir;

    ImportWorld(Dialect dialect, Path tempDir) {
        this.dir = tempDir;
        this.store = TestStores.open(dialect, tempDir);
        this.app = new Vaxline(store, CLOCK);
        app.masterData().masterData().importDocument(ADMIN, DemoMasterData.document());
        this.imports = new ImportModule(store, CLOCK, app.facilities().facilities(), app.persons(),
                app.catalog().catalog(), app.lots().queries());
    }

    /** A valid Hà Nội citizen ID for someone born in 1990 (male when n is even), serial n. */
    static String citizenId(int n) {
        Sex sex = n % 2 == 0 ? Sex.MALE : Sex.FEMALE;
        return "001" + CitizenId.centuryAndSexDigit(1990, sex) + "90" + String.format("%06d", n);
    }

    /** A valid people row (the Vietnamese header's order) for person n: unique ID, name and phone. */
    static String person(int n) {
        return String.join(",", "Nguyễn Thị Test " + n, "1990-05-" + String.format("%02d", 1 + n % 28),
                n % 2 == 0 ? "Nam" : "Nữ", "CCCD", citizenId(n), String.format("09%08d", n), "01", "COMMUNE-01-1",
                n % 3 == 0 ? "HEALTH_WORKER" : "");
    }

    Path write(String name, List<String> lines) {
        Path file = dir.resolve(name);
        try {
            Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    ImportSummary importPersons(Path file) {
        return imports.persons().run(ADMIN, ImportRequest.of(file), ProgressListener.NONE);
    }

    /** The error report's rows without its header. */
    static List<String> report(ImportSummary summary) {
        try {
            List<String> lines = Files.readAllLines(summary.errorReport());
            return lines.subList(1, lines.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int count(String sql) {
        return store.read(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    int persons() {
        return count("SELECT COUNT(*) FROM persons");
    }

    @Override
    public void close() {
        app.close();
    }
}
