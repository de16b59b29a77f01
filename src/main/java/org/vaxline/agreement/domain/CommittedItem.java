package org.vaxline.agreement.domain;

import java.util.Objects;
import java.util.UUID;

/** What a commitment is of: a vaccine product (counted in doses) or a commodity such as rice (in its own unit). */
public record CommittedItem(ItemType type, UUID id) {
    public enum ItemType { PRODUCT, COMMODITY }

    public CommittedItem {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }

    public static CommittedItem product(UUID id) {
        return new CommittedItem(ItemType.PRODUCT, id);
    }

    public static CommittedItem commodity(UUID id) {
        return new CommittedItem(ItemType.COMMODITY, id);
    }
}
