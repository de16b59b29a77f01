package org.vaxline.registry.reminder;

import org.vaxline.platform.store.Store;

import java.time.Clock;
import java.util.List;

/** Hands every unsent message to a sender and logs each one it took; a message the sender refused stays for the next run. */
public final class DeliverReminders {
    private static final int BATCH = 1000;
    private final Store store;
    private final Clock clock;
    private final ReminderOutbox outbox;

    public DeliverReminders(Store store, Clock clock, ReminderOutbox outbox) {
        this.store = store;
        this.clock = clock;
        this.outbox = outbox;
    }

    /** @return how many messages were sent */
    public int send(ReminderSender sender) {
        int sent = 0;
        for (List<Reminder> batch = store.read(h -> outbox.unsent(h, BATCH)); !batch.isEmpty();
             batch = store.read(h -> outbox.unsent(h, BATCH))) {
            for (Reminder r : batch) {
            sender.send(r);
            // logged right after it went, so a failure later in the batch does not send this one again
            store.inTransaction(h -> {
                outbox.markSent(h, r.id(), sender.name(), clock.instant());
                return null;
            });
            sent++;
            }
        }
        return sent;
    }

    public List<Reminder> outbox() {
        return store.read(outbox::all);
    }
}
