package org.vaxline.facility.application;

import org.vaxline.facility.domain.Facility;
import org.vaxline.facility.domain.FacilityFilter;
import org.vaxline.facility.domain.Province;
import org.vaxline.facility.store.FacilityStore;
import org.vaxline.facility.store.ProvinceStore;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.store.Store;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Reads facilities and provinces; they are written only by the master data import. */
public final class Facilities {
    private final Store store;
    private final FacilityStore facilities;
    private final ProvinceStore provinces;

    public Facilities(Store store, FacilityStore facilities, ProvinceStore provinces) {
        this.store = store;
        this.facilities = facilities;
        this.provinces = provinces;
    }

    public Optional<Facility> find(UUID id) {
        return store.read(h -> facilities.find(h, id));
    }

    /** Reads these facilities ahead, in one statement, for {@link #find} to answer from (a batch of doses' sites). */
    public void readAhead(Collection<UUID> ids) {
        store.read(h -> {
            facilities.readAhead(h, ids);
            return null;
        });
    }

    /** A facility as people type it: its id, or its code (e.g. CDC-01); an unknown code is a 404. */
    public UUID idOf(String idOrCode) {
        try {
            return UUID.fromString(idOrCode);
        } catch (IllegalArgumentException notAnId) {
            return byCode(idOrCode).orElseThrow(() -> VaxlineException.notFound("facility", idOrCode)).id();
        }
    }

    public Optional<Facility> byCode(String code) {
        return store.read(h -> facilities.byCode(h, code));
    }

    /** Facilities matching the filter in code order after {@code afterCode} (null: from the start), at most {@code limit}. */
    public List<Facility> list(FacilityFilter filter, String afterCode, int limit) {
        return store.read(h -> facilities.page(h, filter, afterCode, limit));
    }

    /** The names of a province's communes by id (null: every commune's), from a cache forgotten when one changes. */
    public Map<UUID, String> communeNames(String provinceCode) {
        return store.read(h -> facilities.communeNames(h, provinceCode));
    }

    public Optional<Province> province(String code) {
        return store.read(h -> provinces.find(h, code));
    }

    public List<Province> provinces(String afterCode, int limit) {
        return store.read(h -> provinces.page(h, afterCode, limit));
    }
}
