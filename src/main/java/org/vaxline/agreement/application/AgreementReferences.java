package org.vaxline.agreement.application;

import org.vaxline.agreement.domain.CommittedItem;

import java.util.Optional;
import java.util.UUID;

/**
 * What the agreement ledger needs to know of master data (partners, products, commodities). The composition root
 * answers it from the catalog and partner features, so this feature depends on their meaning, not their tables.
 */
public interface AgreementReferences {
    Optional<String> partnerName(UUID partnerId);

    Optional<UUID> partnerIdByCode(String code);

    /** The item's display name and the unit it is counted in (doses for every vaccine). */
    Optional<ItemInfo> item(CommittedItem item);

    /** A product or commodity by its code, e.g. ABDALA or RICE. */
    Optional<CommittedItem> itemByCode(String code);

    record ItemInfo(String name, String unit) {
    }
}
