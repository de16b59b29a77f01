package org.vaxline.stock.application;

import org.vaxline.platform.id.Digests;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The content of a movement request as its client sent it, reduced to a digest that is kept with its entries: a
 * retry under the same id must send the same content. It is what the client asked for, not what the planner made
 * of it, so a FEFO request (no lot) retried without a lot matches, and retried naming a lot does not.
 */
final class RequestContent {
    private RequestContent() {
    }

    /** SHA-256 of the canonical content: every field but the id, text trimmed (blank is absent), lines by lot. */
    static String digest(MovementRequest r) {
        StringBuilder canonical = new StringBuilder("stock-movement/1");
        field(canonical, "type", r.type());
        field(canonical, "facilityId", r.facilityId());
        field(canonical, "lotId", r.lotId());
        field(canonical, "productId", r.productId());
        field(canonical, "quantity", r.quantity());
        field(canonical, "occurredOn", r.occurredOn());
        field(canonical, "reason", text(r.reason()));
        field(canonical, "reference", text(r.reference()));
        field(canonical, "toFacilityId", r.toFacilityId());
        field(canonical, "transferId", r.transferId());
        field(canonical, "lines", lines(r.lines()));
        field(canonical, "reverses", r.reverses());
        field(canonical, "fefoOverrideReason", text(r.fefoOverrideReason()));
        field(canonical, "hierarchyOverrideReason", text(r.hierarchyOverrideReason()));
        return Digests.sha256Hex(canonical.toString());
    }

    /** name, then the value's length and the value, so no value can run into the next field. */
    private static void field(StringBuilder out, String name, Object value) {
        String text = value == null ? null : value.toString();
        out.append('\n').append(name).append('=');
        if (text == null) {
            out.append('-');
        } else {
            out.append(text.length()).append(':').append(text);
        }
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** The order of lines says nothing; none and an empty list are the same. */
    private static String lines(List<MovementRequest.ReceivedLine> lines) {
        if (lines == null || lines.isEmpty()) {
            return null;
        }
        return lines.stream()
                .sorted(Comparator.comparing((MovementRequest.ReceivedLine l) -> l == null || l.lotId() == null ? "" : l.lotId().toString())
                        .thenComparing(l -> l == null ? 0 : l.quantity()))
                .map(l -> l == null ? "null" : Objects.toString(l.lotId()) + "=" + l.quantity())
                .toList().toString();
    }
}
