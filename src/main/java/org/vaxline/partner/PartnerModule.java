package org.vaxline.partner;

import org.vaxline.partner.application.Partners;
import org.vaxline.partner.http.PartnerRoutes;
import org.vaxline.partner.store.PartnerStore;
import org.vaxline.platform.http.Routes;
import org.vaxline.platform.store.Store;

/** Wires the partner feature on one store. */
public final class PartnerModule {
    private final PartnerStore partnerStore = new PartnerStore();
    private final Partners partners;

    public PartnerModule(Store store) {
        this.partners = new Partners(store, partnerStore);
    }

    public Partners partners() {
        return partners;
    }

    /** The SQL, for the master data import that writes partners in its own transaction. */
    public PartnerStore store() {
        return partnerStore;
    }

    public Routes routes() {
        return new PartnerRoutes(partners);
    }
}
