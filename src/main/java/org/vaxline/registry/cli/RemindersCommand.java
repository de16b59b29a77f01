package org.vaxline.registry.cli;

import org.vaxline.registry.reminder.FileReminderSender;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.LocalDate;

/** {@code vaxline reminders queue|send}. */
@Command(name = "reminders", mixinStandardHelpOptions = true, description = "Queues reminders for people due on a day, and sends them.")
public final class RemindersCommand implements Runnable {
    private final RegistryCli cli;
    @Spec
    CommandLine.Model.CommandSpec spec;

    public RemindersCommand(RegistryCli cli) {
        this.cli = cli;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a subcommand: queue, send");
    }

    @Command(name = "queue", mixinStandardHelpOptions = true, description = "Queues one message per person due on the day (once per dose).")
    void queue(@Option(names = "--date", required = true) LocalDate date) {
        int queued = cli.module().get().queueReminders().forDay(date).size();
        spec.commandLine().getOut().println("queued " + queued + " reminders");
        spec.commandLine().getOut().flush();
    }

    @Command(name = "send", mixinStandardHelpOptions = true, description = "Writes every unsent message to a file, one line each.")
    void send(@Option(names = "--to", required = true, paramLabel = "FILE") Path file) {
        int sent = cli.module().get().deliverReminders().send(new FileReminderSender(file));
        spec.commandLine().getOut().println("sent " + sent + " reminders to " + file);
        spec.commandLine().getOut().flush();
    }
}
