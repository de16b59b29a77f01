package org.vaxline.app.demo;

import org.vaxline.app.Vaxline;
import org.vaxline.facility.domain.Facility;
import org.vaxline.facility.domain.FacilityFilter;
import org.vaxline.facility.domain.FacilityType;
import org.vaxline.facility.domain.Province;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.security.Actor;
import org.vaxline.stock.application.MovementRequest;
import org.vaxline.stock.domain.MovementType;
import org.vaxline.stock.domain.StockMovement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Moves demo stock down the cold chain: national store → regional institutes → provincial CDCs → sites, by first
 * expiry, each transfer received a day or two later unless the demo leaves it in transit. Every request id is derived
 * from a name, so the same call twice records nothing more.
 */
final class DemoMoves {
    private final Vaxline vaxline;
    private final Actor actor;
    private final UUID product;

    DemoMoves(Vaxline vaxline, Actor actor, UUID product) {
        this.vaxline = vaxline;
        this.actor = actor;
        this.product = product;
    }

    List<Province> provinces() {
        return vaxline.facilities().facilities().provinces(null, 1000);
    }

    Facility facility(String code) {
        return vaxline.facilities().facilities().byCode(code).orElseThrow();
    }

    List<Facility> children(Facility parent, FacilityType type) {
        List<Facility> all = new ArrayList<>();
        String after = null;
        List<Facility> page;
        do {
            page = vaxline.facilities().facilities().list(new FacilityFilter(null, type, parent.id()), after, 500);
            all.addAll(page);
            after = page.isEmpty() ? null : page.get(page.size() - 1).code();
        } while (page.size() == 500);
        return all;
    }

    /** The sites under a provincial CDC (through its communes). */
    List<Facility> sitesOf(Facility cdc) {
        List<Facility> sites = new ArrayList<>();
        children(cdc, FacilityType.COMMUNE).forEach(commune -> sites.addAll(children(commune, FacilityType.SITE)));
        return sites;
    }

    long onHand(Facility at) {
        return vaxline.stock().queries().onHand(at.id(), null, product, null).lines().stream()
                .mapToLong(l -> l.quantity()).sum();
    }

    /** Sends doses by first expiry; answers the transfer id, or null when there was nothing to send. */
    UUID transfer(String name, Facility from, Facility to, long doses, LocalDate sent) {
        if (doses <= 0) {
            return null;
        }
        List<StockMovement> out = move(new MovementRequest(id(name), MovementType.TRANSFER_OUT, from.id(), null, product,
                doses, sent, null, "Phiếu xuất kho (demo)", to.id(), null, null, null, null,
                "Demo: the provincial CDC delivers straight to its sites"));
        return out.get(0).transferId();
    }

    void receive(String name, UUID transferId, LocalDate arrived) {
        if (transferId != null) {
            move(new MovementRequest(id(name), MovementType.TRANSFER_IN, null, null, null, null, arrived, null,
                    "Biên bản giao nhận (demo)", null, transferId, null, null));
        }
    }

    void issue(String name, Facility at, long doses, LocalDate on) {
        if (doses > 0) {
            move(new MovementRequest(id(name), MovementType.ISSUE, at.id(), null, product, doses, on, null,
                    "Vaccination session (demo)", null, null, null, null));
        }
    }

    void receipt(String name, Facility at, UUID lot, long doses, LocalDate on, String reference) {
        move(new MovementRequest(id(name), MovementType.RECEIPT, at.id(), lot, null, doses, on, null, reference,
                null, null, null, null));
    }

    /** Writes off, as expired, every dose of the product still on hand anywhere. */
    void writeOffExpired(String name, LocalDate on) {
        for (var line : vaxline.stock().queries().onHand(null, null, product, null).lines()) {
            move(new MovementRequest(id(name + ":" + line.facilityId()
                    + ":" + line.lotId()), MovementType.EXPIRY, line.facilityId(), line.lotId(), null, line.quantity(), on,
                    "expired after the extended shelf life", null, null, null, null, null));
        }
    }

    private List<StockMovement> move(MovementRequest request) {
        return vaxline.stock().recordMovement().record(actor, request).value();
    }

    private static UUID id(String name) {
        return Ids.fromName("demo:stock:" + name);
    }

    static long roundToVials(long doses, int dosesPerVial) {
        return doses / dosesPerVial * dosesPerVial;
    }

}
