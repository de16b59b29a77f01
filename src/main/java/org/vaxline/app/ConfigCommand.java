package org.vaxline.app;

import org.vaxline.app.config.Configuration;
import org.vaxline.app.config.Setting;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;

/**
 * {@code vaxline config}: every option in force and where it came from (a flag, an environment variable, the file or
 * the default). A password is never shown: a database URL's is masked, the password file's content only said to be there.
 */
@Command(name = "config", mixinStandardHelpOptions = true,
        description = "Prints the options in force and where each came from (secrets masked).")
final class ConfigCommand implements Runnable {
    static final String MASK = "********";

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        Configuration settings = root.configuration();
        out.println("configuration file: " + (settings.configFile() == null ? "none (--config FILE or "
                + Configuration.CONFIG_VARIABLE + ")" : settings.configFile().toAbsolutePath()));
        out.printf("%-20s %-50s %s%n", "setting", "value", "from");
        for (Setting setting : Setting.values()) {
            Configuration.Value value = settings.value(setting);
            if (setting == Setting.KEYS && !value.isSet()) {
                // the keys' folder follows the store when nothing names it
                String derived = settings.get(Setting.DB) == null ? settings.get(Setting.DATA) + "/keys" : "vaxline-keys";
                out.printf("%-20s %-50s %s%n", setting.key(), derived, "default (beside the store)");
                continue;
            }
            out.printf("%-20s %-50s %s%n", setting.key(), value.isSet() ? shown(setting, value.value()) : "-", value.origin());
        }
        Configuration.Value passwordFile = settings.value(Setting.DB_PASSWORD_FILE);
        if (passwordFile.isSet()) {
            String password = settings.databasePassword();
            out.printf("%-20s %-50s %s%n", "(db password)", password.isEmpty() ? "(empty)" : MASK, "first line of " + passwordFile.value());
        }
        out.flush();
    }

    /** A value as it may be shown: a password inside a database URL is masked. */
    static String shown(Setting setting, String value) {
        if (setting != Setting.DB) {
            return value;
        }
        return value.replaceAll("(?i)(password=)[^&;]*", "$1" + MASK)
                .replaceAll("(//[^/:@]*:)[^@/]*@", "$1" + MASK + "@");
    }
}
