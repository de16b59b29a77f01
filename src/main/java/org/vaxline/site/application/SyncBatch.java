package org.vaxline.site.application;

import org.vaxline.facility.domain.Facility;
import org.vaxline.gs1.domain.ElementString;
import org.vaxline.gs1.domain.Gs1Parser;
import org.vaxline.person.application.RegisterPerson;
import org.vaxline.person.domain.NewPerson;
import org.vaxline.platform.error.PlatformError;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.security.Actor;
import org.vaxline.registry.application.DoseRequest;
import org.vaxline.registry.application.RecordDose;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Applies a workspace's queued records in the order sent (registrations before the doses that name them), each through
 * its feature's own use case and transaction: {@link RegisterPerson} and {@link RecordDose}, whose client ids make a
 * resend answer "already recorded" instead of recording twice. One refusal does not stop the others.
 */
public final class SyncBatch {
    public static final int MAX_ITEMS = 500;
    private final Clock clock;
    private final SitePacks packs;
    private final RegisterPerson register;
    private final RecordDose recordDose;
    private final LotOfScan lots;

    /** Finds the lot a scanned vial is of, among the site's stock: by lot number and, when the scan has one, GTIN. */
    @FunctionalInterface
    public interface LotOfScan {
        SitePack.StockLine find(UUID siteId, ElementString scan);
    }

    public SyncBatch(Clock clock, SitePacks packs, RegisterPerson register, RecordDose recordDose, LotOfScan lots) {
        this.clock = clock;
        this.packs = packs;
        this.register = register;
        this.recordDose = recordDose;
        this.lots = lots;
    }

    public List<BatchOutcome> apply(Actor actor, UUID siteId, List<BatchItem> items) {
        if (items == null || items.isEmpty() || items.size() > MAX_ITEMS) {
            throw VaxlineException.field(PlatformError.MALFORMED_REQUEST, "items", "give 1 to " + MAX_ITEMS + " records");
        }
        Facility site = packs.siteFor(actor, siteId);
        List<BatchOutcome> outcomes = new ArrayList<>();
        for (BatchItem item : items) {
            String kind = item == null || item.kind() == null ? "" : item.kind();
            UUID id = item == null ? null : item.id();
            try {
                if (id == null) {
                    throw VaxlineException.field(PlatformError.MALFORMED_REQUEST, "id", "each record needs its client id (a UUID)");
                }
                outcomes.add(switch (kind) {
                    case "PERSON" -> person(actor, site, item);
                    case "DOSE" -> dose(actor, site, item);
                    default -> throw VaxlineException.field(PlatformError.MALFORMED_REQUEST, "kind", "PERSON or DOSE");
                });
            } catch (VaxlineException refused) {
                outcomes.add(new BatchOutcome.Refused(kind, id, refused));
            }
        }
        return outcomes;
    }

    private BatchOutcome person(Actor actor, Facility site, BatchItem item) {
        NewPerson p = item.person();
        if (p == null) {
            throw VaxlineException.field(PlatformError.MALFORMED_REQUEST, "person", "is required for a PERSON record");
        }
        NewPerson request = new NewPerson(item.id(), p.identityType(), p.identityNumber(), p.fullName(), p.dateOfBirth(),
                p.sex(), p.phone(), p.provinceCode() == null || p.provinceCode().isBlank() ? site.provinceCode() : p.provinceCode(),
                p.communeId(), p.priorityGroup(), p.registeredAt() == null ? site.id() : p.registeredAt(), p.confirmNotDuplicate());
        var recorded = register.register(actor, request);
        return new BatchOutcome.Recorded("PERSON", item.id(), recorded.isNew(), recorded.value());
    }

    private BatchOutcome dose(Actor actor, Facility site, BatchItem item) {
        BatchItem.QueuedDose d = item.dose();
        if (d == null) {
            throw VaxlineException.field(PlatformError.MALFORMED_REQUEST, "dose", "is required for a DOSE record");
        }
        UUID lotId = d.lotId();
        UUID productId = d.productId();
        if (lotId == null && d.scan() != null && !d.scan().isBlank()) {
            ElementString scan = new Gs1Parser(Year.now(clock)).parse(d.scan());
            SitePack.StockLine line = lots.find(site.id(), scan);
            lotId = line.lotId();
            productId = productId == null ? line.productId() : productId;
        }
        if (productId == null && lotId != null) {
            // the lot chosen from the site's stock names its product
            UUID lot = lotId;
            productId = packs.stockAt(site.id(), LocalDate.now(clock)).stream().filter(l -> l.lotId().equals(lot))
                    .map(SitePack.StockLine::productId).findFirst().orElse(null);
        }
        LocalDate givenOn = d.givenOn() == null ? LocalDate.now(clock) : d.givenOn();
        var recorded = recordDose.record(actor, new DoseRequest(item.id(), d.personId(), productId, lotId, site.id(), givenOn,
                d.sessionId(), d.intervalOverrideReason()));
        return new BatchOutcome.Recorded("DOSE", item.id(), recorded.isNew(), recorded.value());
    }

    /** The lot of a scan among a site's stock lines, or 404 naming what was scanned. */
    public static SitePack.StockLine lotOf(List<SitePack.StockLine> stock, List<SitePack.Product> products, ElementString scan) {
        String lot = scan.lot().orElseThrow(() -> VaxlineException.field(PlatformError.MALFORMED_REQUEST, "scan",
                "the scanned code has no lot number (AI 10)"));
        return stock.stream().filter(l -> l.lotNumber().equalsIgnoreCase(lot))
                .filter(l -> scan.gtin().isEmpty() || products.stream().anyMatch(p -> p.id().equals(l.productId())
                        && (p.gtins().isEmpty() || p.gtins().contains(scan.gtin().get()))))
                .findFirst()
                .orElseThrow(() -> new VaxlineException(PlatformError.NOT_FOUND, "scan: lot " + lot
                        + scan.gtin().map(g -> " (GTIN " + g + ")").orElse("") + " is not in this site's stock",
                        Map.of("scan", "lot not in this site's stock"), Map.of()));
    }
}
