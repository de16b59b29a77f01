package org.vaxline.app.config;

import org.vaxline.platform.error.PlatformError;
import org.vaxline.platform.error.VaxlineException;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;

/**
 * The options in force and where each came from: a flag, else an environment variable, else the configuration file
 * ({@code --config FILE} or {@code VAXLINE_CONFIG}; Java properties, UTF-8), else the default.
 */
public final class Configuration {
    /** The environment variable naming the configuration file when no --config flag does. */
    public static final String CONFIG_VARIABLE = "VAXLINE_CONFIG";

    /** Where a value came from. */
    public enum Source { FLAG, ENVIRONMENT, FILE, DEFAULT, UNSET }

    /** One option's value (null when unset) and its source. */
    public record Value(String value, Source source, String origin) {
        public boolean isSet() {
            return value != null;
        }
    }

    private final Map<Setting, String> flags;
    private final Map<String, String> environment;
    private final Map<Setting, String> file;
    private final Path configFile;

    private Configuration(Map<Setting, String> flags, Map<String, String> environment, Map<Setting, String> file, Path configFile) {
        this.flags = flags;
        this.environment = environment;
        this.file = file;
        this.configFile = configFile;
    }

    /**
     * @param flags       values given as flags (null or blank values are ignored)
     * @param environment the process environment
     * @param configFlag  the --config flag, or null
     * @throws VaxlineException MALFORMED_REQUEST when the named file is missing, unreadable or names an unknown setting
     */
    public static Configuration load(Map<Setting, String> flags, Map<String, String> environment, String configFlag) {
        Map<Setting, String> given = new EnumMap<>(Setting.class);
        flags.forEach((setting, value) -> {
            if (value != null && !value.isBlank()) {
                given.put(setting, value.strip());
            }
        });
        String named = configFlag != null && !configFlag.isBlank() ? configFlag : environment.get(CONFIG_VARIABLE);
        Path configFile = named == null || named.isBlank() ? null : Path.of(named.strip());
        return new Configuration(given, Map.copyOf(environment), configFile == null ? Map.of() : read(configFile), configFile);
    }

    /** The same options with one more flag given (a subcommand's own, like serve --port). */
    public Configuration withFlag(Setting setting, String value) {
        if (value == null || value.isBlank()) {
            return this;
        }
        Map<Setting, String> more = new EnumMap<>(Setting.class);
        more.putAll(flags);
        more.put(setting, value.strip());
        return new Configuration(more, environment, file, configFile);
    }

    public Value value(Setting setting) {
        if (flags.containsKey(setting)) {
            return new Value(flags.get(setting), Source.FLAG, setting.flag());
        }
        String env = environment.get(setting.variable());
        if (env != null && !env.isBlank()) {
            return new Value(env.strip(), Source.ENVIRONMENT, setting.variable());
        }
        if (file.containsKey(setting)) {
            return new Value(file.get(setting), Source.FILE, configFile + ": " + setting.key());
        }
        if (setting.defaultValue() != null) {
            return new Value(setting.defaultValue(), Source.DEFAULT, "default");
        }
        return new Value(null, Source.UNSET, "not set");
    }

    /** The value in force, or null when unset. */
    public String get(Setting setting) {
        return value(setting).value();
    }

    /** The configuration file read, or null. */
    public Path configFile() {
        return configFile;
    }

    public int port() {
        String port = get(Setting.PORT);
        try {
            int number = Integer.parseInt(port);
            if (number >= 0 && number <= 65535) {
                return number;
            }
        } catch (NumberFormatException ignored) {
            // answered below
        }
        throw VaxlineException.field(PlatformError.MALFORMED_REQUEST, "port",
                "'" + port + "' (" + value(Setting.PORT).origin() + ") is not a TCP port from 0 to 65535");
    }

    /**
     * The database password: the first line of the password file, or null when no file is named. Read when needed,
     * never kept in the configuration or shown.
     */
    public String databasePassword() {
        return firstLine(Setting.DB_PASSWORD_FILE);
    }

    /** The bearer token /metrics asks for: the first line of the metrics token file, or null when none is named. */
    public String metricsToken() {
        return firstLine(Setting.METRICS_TOKEN_FILE);
    }

    private String firstLine(Setting setting) {
        Value file = value(setting);
        if (!file.isSet()) {
            return null;
        }
        try {
            String content = Files.readString(Path.of(file.value()), StandardCharsets.UTF_8);
            int end = content.indexOf('\n');
            String line = end < 0 ? content : content.substring(0, end);
            return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        } catch (IOException e) {
            throw VaxlineException.field(PlatformError.MALFORMED_REQUEST, setting.key(),
                    "cannot read " + file.value() + " (" + file.origin() + "): " + e.getMessage());
        }
    }

    private static Map<Setting, String> read(Path configFile) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(configFile, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw VaxlineException.field(PlatformError.MALFORMED_REQUEST, "config",
                    "cannot read the configuration file " + configFile + ": " + e.getMessage());
        }
        Map<Setting, String> values = new EnumMap<>(Setting.class);
        for (String key : new TreeSet<>(properties.stringPropertyNames())) {
            Setting setting = Setting.ofKey(key).orElseThrow(() -> VaxlineException.field(PlatformError.MALFORMED_REQUEST, "config",
                    configFile + " names an unknown setting '" + key + "' (known: " + knownKeys() + ")"));
            String value = properties.getProperty(key).strip();
            if (!value.isEmpty()) {
                values.put(setting, value);
            }
        }
        return values;
    }

    private static String knownKeys() {
        StringBuilder keys = new StringBuilder();
        for (Setting setting : Setting.values()) {
            keys.append(keys.isEmpty() ? "" : ", ").append(setting.key());
        }
        return keys.toString();
    }
}
