package org.vaxline.app;

import org.vaxline.agreement.application.AgreementReferences;
import org.vaxline.agreement.domain.CommittedItem;
import org.vaxline.agreement.domain.Quantity;
import org.vaxline.catalog.application.Catalog;
import org.vaxline.partner.application.Partners;
import org.vaxline.partner.domain.Partner;

import java.util.Optional;
import java.util.UUID;

/** Answers the agreement ledger's questions about master data from the catalog and partner features. */
final class MasterDataReferences implements AgreementReferences {
    private final Catalog catalog;
    private final Partners partners;

    MasterDataReferences(Catalog catalog, Partners partners) {
        this.catalog = catalog;
        this.partners = partners;
    }

    @Override
    public Optional<String> partnerName(UUID partnerId) {
        return partners.find(partnerId).map(Partner::name);
    }

    @Override
    public Optional<UUID> partnerIdByCode(String code) {
        return partners.byCode(code).map(Partner::id);
    }

    @Override
    public Optional<ItemInfo> item(CommittedItem item) {
        return switch (item.type()) {
            case PRODUCT -> catalog.product(item.id()).map(p -> new ItemInfo(p.name(), Quantity.DOSES));
            case COMMODITY -> catalog.commodity(item.id()).map(c -> new ItemInfo(c.name(), c.unit()));
        };
    }

    @Override
    public Optional<CommittedItem> itemByCode(String code) {
        return catalog.productByCode(code).map(p -> CommittedItem.product(p.id()))
                .or(() -> catalog.commodityByCode(code).map(c -> CommittedItem.commodity(c.id())));
    }
}
