package org.vaxline.site.application;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a vaccination site's workspace keeps for a day without network: the site, its usable stock, who is due there
 * (overdue first) and the people registered there, the open-vial sessions, and what the citizen-ID check needs.
 *
 * @param timeZone the programme's time zone, in which the workspace dates the doses it queues
 */
public record SitePack(Site site, LocalDate today, String timeZone, List<Product> products, List<StockLine> stock,
                       List<Due> due, List<PersonEntry> people, List<OpenSession> sessions,
                       List<String> citizenIdProvinceCodes) {

    public record Site(UUID id, String code, String name, String provinceCode) {
    }

    /** A product given at the site, with the GTINs its vials carry. */
    public record Product(UUID id, String code, String name, int dosesPerVial, int regimenDoses, List<String> gtins) {
    }

    /** Doses of a lot on hand at the site; {@code usable} when it may be given today (released, unexpired, not held). */
    public record StockLine(UUID lotId, String lotNumber, UUID productId, long quantity, LocalDate expiresOn,
                            String status, boolean onHold, boolean usable) {
    }

    /** A person's next dose due on or before today. */
    public record Due(UUID personId, String seriesCode, int doseNumber, LocalDate dueOn, boolean overdue, UUID productId) {
    }

    /** A person the site may meet: due there or registered there. {@code nextDose} is the next dose's number (1: none yet). */
    public record PersonEntry(UUID id, String fullName, String searchName, String identityType, String identityNumber,
                              String phone, LocalDate dateOfBirth, String sex, int nextDose, UUID lastProductId) {
    }

    /** An open-vial session: per lot, vials opened, doses given and the doses left in the open vials. */
    public record OpenSession(UUID id, LocalDate date, List<Vials> lots) {
        public record Vials(UUID lotId, String lotNumber, long vialsOpened, long administered, long dosesLeft) {
        }
    }
}
