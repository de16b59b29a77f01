package org.vaxline.app.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaxline.platform.error.VaxlineException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where each option comes from: a flag, else the environment, else the configuration file, else the default. */
class ConfigurationTest {
    @TempDir
    Path tempDir;

    private Path file(String content) throws IOException {
        Path file = tempDir.resolve("vaxline.properties");
        Files.writeString(file, content);
        return file;
    }

    private static Map<Setting, String> flags(Setting setting, String value) {
        Map<Setting, String> flags = new EnumMap<>(Setting.class);
        flags.put(setting, value);
        return flags;
    }

    @Test
    void aFlagWinsOverTheEnvironmentWhichWinsOverTheFileWhichWinsOverTheDefault() throws IOException {
        Path file = file("port = 7000\nhost = 10.0.0.1\ntime-zone = America/Havana\nlog.format = json\n");
        Map<String, String> env = Map.of("VAXLINE_PORT", "8000", "VAXLINE_HOST", "0.0.0.0");

        Configuration config = Configuration.load(flags(Setting.PORT, "9000"), env, file.toString());

        assertThat(config.value(Setting.PORT)).isEqualTo(new Configuration.Value("9000", Configuration.Source.FLAG, "--port"));
        assertThat(config.value(Setting.HOST)).isEqualTo(new Configuration.Value("0.0.0.0", Configuration.Source.ENVIRONMENT, "VAXLINE_HOST"));
        assertThat(config.value(Setting.TIME_ZONE).value()).isEqualTo("America/Havana");
        assertThat(config.value(Setting.TIME_ZONE).source()).isEqualTo(Configuration.Source.FILE);
        assertThat(config.value(Setting.TIME_ZONE).origin()).contains("vaxline.properties").endsWith("time-zone");
        assertThat(config.value(Setting.DATA)).isEqualTo(new Configuration.Value("vaxline-data", Configuration.Source.DEFAULT, "default"));
        assertThat(config.value(Setting.DB).isSet()).isFalse();
        assertThat(config.port()).isEqualTo(9000);
    }

    @Test
    void theFileIsNamedByTheFlagElseByVaxlineConfig() throws IOException {
        Path file = file("data = /srv/vaxline\n");
        assertThat(Configuration.load(Map.of(), Map.of("VAXLINE_CONFIG", file.toString()), null).get(Setting.DATA)).isEqualTo("/srv/vaxline");
        assertThat(Configuration.load(Map.of(), Map.of(), null).get(Setting.DATA)).isEqualTo("vaxline-data");
        assertThat(Configuration.load(Map.of(), Map.of("VAXLINE_CONFIG", "/nowhere"), file.toString()).get(Setting.DATA))
                .as("--config wins over VAXLINE_CONFIG").isEqualTo("/srv/vaxline");
    }

    @Test
    void aSubcommandsFlagJoinsTheOthers() {
        Configuration config = Configuration.load(Map.of(), Map.of("VAXLINE_PORT", "8000"), null);
        assertThat(config.withFlag(Setting.PORT, "0").port()).isZero();
        assertThat(config.withFlag(Setting.PORT, null).port()).isEqualTo(8000);
    }

    @Test
    void theDatabasePasswordIsTheFirstLineOfItsFile() throws IOException {
        Path secret = tempDir.resolve("db.pass");
        Files.writeString(secret, "s3cret pass\r\nignored\n");
        Configuration config = Configuration.load(Map.of(), Map.of("VAXLINE_DB_PASSWORD_FILE", secret.toString()), null);
        assertThat(config.databasePassword()).isEqualTo("s3cret pass");
        assertThat(Configuration.load(Map.of(), Map.of(), null).databasePassword()).isNull();
        assertThatThrownBy(() -> Configuration.load(flags(Setting.DB_PASSWORD_FILE, tempDir.resolve("none").toString()), Map.of(), null)
                .databasePassword()).isInstanceOf(VaxlineException.class).hasMessageContaining("cannot read");
    }

    @Test
    void anUnknownSettingOrAMissingFileOrABadPortIsRefusedByName() throws IOException {
        Path typo = file("prot = 8080\n");
        assertThatThrownBy(() -> Configuration.load(Map.of(), Map.of(), typo.toString()))
                .isInstanceOf(VaxlineException.class).hasMessageContaining("unknown setting 'prot'").hasMessageContaining("port");
        assertThatThrownBy(() -> Configuration.load(Map.of(), Map.of(), tempDir.resolve("missing.properties").toString()))
                .isInstanceOf(VaxlineException.class).hasMessageContaining("cannot read the configuration file");
        assertThatThrownBy(() -> Configuration.load(Map.of(), Map.of("VAXLINE_PORT", "80a"), null).port())
                .isInstanceOf(VaxlineException.class).hasMessageContaining("'80a' (VAXLINE_PORT) is not a TCP port");
    }
}
