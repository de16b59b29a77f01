package org.vaxline.registry.reminder;

/** Delivers one reminder (SMS gateway, Zalo, a file); throws when it could not, so the message stays unsent. */
public interface ReminderSender {
    /** A short name recorded with each delivery. */
    String name();

    void send(Reminder reminder);
}
