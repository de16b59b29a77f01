package org.vaxline.registry.reminder;

import org.vaxline.catalog.application.Catalog;
import org.vaxline.facility.application.Facilities;
import org.vaxline.platform.store.Store;
import org.vaxline.registry.application.DoseQueries;
import org.vaxline.registry.application.DueEntry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Writes a Vietnamese reminder into the outbox for each person due on a day; once per person and dose, however often run. */
public final class QueueReminders {
    private final Store store;
    private final Clock clock;
    private final DoseQueries doses;
    private final Catalog catalog;
    private final Facilities facilities;
    private final ReminderOutbox outbox;

    public QueueReminders(Store store, Clock clock, DoseQueries doses, Catalog catalog, Facilities facilities, ReminderOutbox outbox) {
        this.store = store;
        this.clock = clock;
        this.doses = doses;
        this.catalog = catalog;
        this.facilities = facilities;
        this.outbox = outbox;
    }

    /** @return the messages queued by this call (none for people already reminded of that dose) */
    public List<Reminder> forDay(LocalDate day) {
        List<DueEntry> due = doses.dueBy(day);
        return store.inTransaction(h -> {
            List<Reminder> queued = new ArrayList<>();
            for (DueEntry e : due) {
                var id = Reminder.idFor(e.personId(), e.seriesCode(), e.doseNumber());
                var recipient = outbox.recipient(h, e.personId());
                if (outbox.exists(h, id) || recipient.isEmpty()) {
                    continue;
                }
                String product = catalog.product(e.lastProductId()).map(p -> p.name()).orElse(e.seriesCode());
                String site = facilities.find(e.lastSiteId()).map(f -> f.name()).orElse("điểm tiêm");
                String text = ReminderText.of(recipient.get().fullName(), e.doseNumber(), product, e.earliestOn(), site);
                Reminder reminder = new Reminder(id, e.personId(), e.seriesCode(), e.doseNumber(), recipient.get().phone(), text,
                        clock.instant(), null);
                outbox.add(h, reminder);
                queued.add(reminder);
            }
            return queued;
        });
    }
}
