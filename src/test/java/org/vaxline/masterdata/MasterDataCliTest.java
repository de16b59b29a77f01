package org.vaxline.masterdata;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaxline.catalog.CatalogModule;
import org.vaxline.facility.FacilityModule;
import org.vaxline.masterdata.application.MasterDocumentJson;
import org.vaxline.masterdata.demo.DemoMasterData;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.security.Role;
import org.vaxline.platform.store.Dialect;
import org.vaxline.platform.store.Store;
import org.vaxline.testing.TestStores;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The commands wired the way the composition root wires them, on a SQLite file. */
class MasterDataCliTest {
    @TempDir
    Path tempDir;
    private Store store;
    private MasterDataImportTest.Modules m;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void open() {
        store = TestStores.open(Dialect.SQLITE, tempDir);
        m = new MasterDataImportTest.Modules(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private int run(Actor actor, String... args) {
        CommandLine root = new CommandLine(new Root());
        root.addSubcommand(MasterDataModule.command(() -> m.master.masterData(), () -> actor));
        root.addSubcommand(CatalogModule.command(() -> m.catalog.catalog()));
        root.addSubcommand(FacilityModule.command(() -> m.facility.facilities()));
        root.setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
        root.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("error: " + e.getMessage());
            return 5;
        });
        return root.execute(args);
    }

    @Test
    void importThenListThenExport() throws Exception {
        Path file = tempDir.resolve("demo.json");
        Files.writeString(file, MasterDocumentJson.write(DemoMasterData.document()));
        Actor operator = Actor.operator("test");

        assertThat(run(operator, "master", "import", file.toString())).isEqualTo(0);
        assertThat(out.toString()).contains("provinces").contains("34");
        assertThat(run(operator, "products", "list")).isEqualTo(0);
        assertThat(out.toString()).contains("ABDALA").contains("0,14,28").contains("2..8");
        assertThat(run(operator, "facilities", "list", "--province", "01", "--type", "PROVINCE")).isEqualTo(0);
        assertThat(out.toString()).contains("CDC-01");

        Path exported = tempDir.resolve("export.json");
        assertThat(run(operator, "master", "export", "--out", exported.toString())).isEqualTo(0);
        assertThat(MasterDocumentJson.read(Files.readString(exported))).isEqualTo(m.master.masterData().export());
    }

    @Test
    void aNonAdminImportFailsWithOneLine() throws Exception {
        Path file = tempDir.resolve("demo.json");
        Files.writeString(file, MasterDocumentJson.write(DemoMasterData.document()));
        assertThat(run(new Actor("v", Role.SITE_VACCINATOR, null, null), "master", "import", file.toString())).isNotZero();
        assertThat(err.toString()).contains("only a national programme admin");
    }

    @CommandLine.Command(name = "vaxline")
    static final class Root {
    }
}
