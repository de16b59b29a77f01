package org.vaxline.web;

import org.vaxline.access.application.WebSession;
import org.vaxline.aefi.application.RecallLot;
import org.vaxline.aefi.application.RecallReport;
import org.vaxline.aefi.application.RecallRequest;
import org.vaxline.facility.domain.Facility;
import org.vaxline.facility.domain.FacilityFilter;
import org.vaxline.facility.domain.FacilityType;
import org.vaxline.lot.application.LotDetail;
import org.vaxline.lot.application.LotQueries;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.security.Role;
import org.vaxline.registry.application.DoseQueries;
import org.vaxline.shipment.application.ReceivedShipment;
import org.vaxline.shipment.application.ShipmentQueries;
import org.vaxline.stock.application.NationalOnHand;
import org.vaxline.stock.application.OnHandReport;
import org.vaxline.stock.application.StockQueries;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/** What the stock pages show, each scoped to what the signed-in user may see; null means "not for this user". */
final class StockPages {
    private final StockQueries stock;
    private final StockView view;
    private final LotQueries lots;
    private final ShipmentQueries shipments;
    private final DoseQueries doses;
    private final RecallLot recalls;

    StockPages(StockQueries stock, StockView view, LotQueries lots, ShipmentQueries shipments, DoseQueries doses,
               RecallLot recalls) {
        this.stock = stock;
        this.view = view;
        this.lots = lots;
        this.shipments = shipments;
        this.doses = doses;
        this.recalls = recalls;
    }

    static boolean national(Actor actor) {
        return actor.role() == Role.NATIONAL_ADMIN || actor.role() == Role.AUDITOR;
    }

    static boolean maysee(Actor actor, String provinceCode) {
        return national(actor) || actor.role() == Role.PROVINCE_MANAGER && provinceCode != null
                && provinceCode.equals(actor.provinceCode());
    }

    /** The national stock page: tiles, lots near expiry, on hold, excursions awaiting assessment, in transit. */
    Map<String, Object> nationalPage() {
        NationalOnHand national = stock.nationalOnHand(null);
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("asOf", national.asOf());
        page.put("tiles", view.tiles(national.provinces(), national.useWindowDays()));
        page.put("onHold", national.onHold());
        page.put("expiring", view.expiring(null));
        page.put("excursions", view.openExcursions(code -> true));
        page.put("transits", view.inTransit(code -> true));
        return page;
    }

    Map<String, Object> provincePage(String code) {
        OnHandReport report = stock.onHand(null, code, null, null);
        Predicate<String> here = code::equals;
        List<StockView.FacilityRow> rows = new ArrayList<>();
        rows.addAll(view.children(report, new FacilityFilter(code, FacilityType.PROVINCE, null), report.useWindowDays()));
        rows.addAll(view.children(report, new FacilityFilter(code, FacilityType.COMMUNE, null), report.useWindowDays()));
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("code", code);
        page.put("asOf", report.asOf());
        page.put("facilities", rows);
        page.put("onHold", report.lines().stream().filter(l -> l.onHold() && l.quantity() > 0).toList());
        page.put("expiring", view.expiring(code));
        page.put("excursions", view.openExcursions(here));
        page.put("transits", view.inTransit(here));
        return page;
    }

    /** A facility's lots and the facilities under it (commune → sites). */
    Optional<Map<String, Object>> facilityPage(UUID id, Actor actor, boolean[] forbidden) {
        Optional<Facility> facility = view.facility(id);
        if (facility.isEmpty()) {
            return Optional.empty();
        }
        if (!mayseeFacility(actor, facility.get())) {
            forbidden[0] = true;
            return Optional.empty();
        }
        Facility f = facility.get();
        OnHandReport here = stock.onHand(id, null, null, null);
        OnHandReport province = f.provinceCode() == null ? here : stock.onHand(null, f.provinceCode(), null, null);
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("facility", f);
        page.put("asOf", here.asOf());
        page.put("lines", here.lines().stream().filter(l -> l.quantity() > 0).toList());
        page.put("totals", here.facilities());
        page.put("children", view.children(province, new FacilityFilter(null, null, id), province.useWindowDays()));
        return Optional.of(page);
    }

    private static boolean mayseeFacility(Actor actor, Facility f) {
        return national(actor) || maysee(actor, f.provinceCode());
    }

    /** Movements shown per page of a lot's journey. */
    static final int MOVEMENTS_PER_PAGE = 50;

    /** One ledger entry of a lot as its page shows it; the quantity is signed (negative takes from stock). */
    record MovementRow(java.time.LocalDate occurredOn, String type, UUID facilityId, String facilityCode, long quantity,
                       String counterpartCode, String recordedBy) {
    }

    /** A lot's page: its state and release, where it came from, where it is now, its movements, doses given, its recall. */
    Optional<Map<String, Object>> lotPage(UUID lotId, Actor actor) {
        return lotPage(lotId, actor, null);
    }

    /** @param after the movements' cursor (the last entry of the previous page), or null for the first */
    Optional<Map<String, Object>> lotPage(UUID lotId, Actor actor, UUID after) {
        LotDetail detail;
        try {
            detail = lots.detail(lotId);
        } catch (org.vaxline.platform.error.VaxlineException e) {
            return Optional.empty();
        }
        OnHandReport everywhere = stock.onHand(null, national(actor) ? null : actor.provinceCode(), null, null);
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("detail", detail);
        page.put("shipment", shipmentOf(lotId).orElse(null));
        page.put("lines", everywhere.lines().stream().filter(l -> l.lotId().equals(lotId) && l.quantity() > 0).toList());
        page.put("given", doses.countOfLot(lotId));
        org.vaxline.platform.http.Page<org.vaxline.stock.domain.StockMovement> moves = stock.movements(null, lotId, after, MOVEMENTS_PER_PAGE);
        Map<UUID, String> codes = new java.util.HashMap<>();
        java.util.function.Function<UUID, String> codeOf = id -> id == null ? null
                : codes.computeIfAbsent(id, k -> view.facility(k).map(Facility::code).orElse(k.toString()));
        page.put("movements", moves.items().stream()
                .filter(m -> national(actor) || maysee(actor, m.provinceCode()))
                .map(m -> new MovementRow(m.occurredOn(), m.type().name(), m.facilityId(), codeOf.apply(m.facilityId()),
                        m.quantity(), codeOf.apply(m.counterpartFacilityId()), m.recordedBy()))
                .toList());
        page.put("movementsFirst", after == null);
        page.put("movementsNext", moves.next());
        Optional<RecallReport> recall = recalls.ofLot(lotId);
        page.put("recall", recall.orElse(null));
        // the same count GET /api/v1/lots/{id}/doses answers as "recipients", shown whether or not the lot is recalled
        page.put("recipients", doses.recipientsCountOfLot(lotId));
        page.put("mayRecall", actor.role() == Role.NATIONAL_ADMIN && recall.isEmpty());
        return Optional.of(page);
    }

    /** Recalls a lot (national admins; the page asks for a reason and a confirmation first). */
    void recall(Actor actor, UUID lotId, String reason) {
        recalls.recall(actor, lotId, new RecallRequest(null, reason));
    }

    private Optional<ReceivedShipment> shipmentOf(UUID lotId) {
        UUID after = null;
        org.vaxline.platform.http.Page<ReceivedShipment> page;
        do {
            page = shipments.page(null, after, 500);
            for (ReceivedShipment s : page.items()) {
                if (s.shipment().lots().stream().anyMatch(l -> l.lotId().equals(lotId))) {
                    return Optional.of(s);
                }
            }
            after = page.next() == null ? null : UUID.fromString(page.next());
        } while (after != null);
        return Optional.empty();
    }
}
