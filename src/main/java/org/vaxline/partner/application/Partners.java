package org.vaxline.partner.application;

import org.vaxline.partner.domain.Partner;
import org.vaxline.partner.store.PartnerStore;
import org.vaxline.platform.store.Store;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads partners; they are written only by the master data import. */
public final class Partners {
    private final Store store;
    private final PartnerStore partners;

    public Partners(Store store, PartnerStore partners) {
        this.store = store;
        this.partners = partners;
    }

    public Optional<Partner> find(UUID id) {
        return store.read(h -> partners.find(h, id));
    }

    public Optional<Partner> byCode(String code) {
        return store.read(h -> partners.byCode(h, code));
    }

    /** Partners in code order after {@code afterCode}, at most {@code limit}. */
    public List<Partner> list(String afterCode, int limit) {
        return store.read(h -> partners.page(h, afterCode, limit));
    }
}
