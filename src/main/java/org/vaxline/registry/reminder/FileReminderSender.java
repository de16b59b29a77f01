package org.vaxline.registry.reminder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Appends one line per message to a file (phone, tab, text): enough to hand a batch to an SMS gateway by hand. */
public final class FileReminderSender implements ReminderSender {
    private final Path file;

    public FileReminderSender(Path file) {
        this.file = file;
    }

    @Override
    public String name() {
        return "file:" + file.getFileName();
    }

    @Override
    public void send(Reminder reminder) {
        String line = (reminder.phone() == null ? "-" : reminder.phone()) + "\t" + reminder.text().replace('\n', ' ') + "\n";
        try {
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write reminders to " + file + ": " + e.getMessage(), e);
        }
    }
}
