package org.vaxline.lot;

import org.vaxline.lot.application.LotReferences;
import org.vaxline.lot.domain.NewLot;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.security.Role;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Builders and fixed master data for lot tests: Abdala (one GTIN), a product without GTINs, two facilities in Hanoi. */
public final class LotFixtures implements LotReferences {
    public static final UUID ABDALA = UUID.fromString("00000000-0000-4000-8000-000000000010");
    public static final UUID NO_GTINS = UUID.fromString("00000000-0000-4000-8000-000000000011");
    /** A valid GTIN-13 (check digit 3) and the same with a wrong check digit. */
    public static final String GTIN = "4006381333931";
    public static final String BAD_GTIN = "4006381333937";
    public static final UUID HANOI_STORE = UUID.fromString("00000000-0000-4000-8000-000000000101");
    public static final UUID HANOI_SITE = UUID.fromString("00000000-0000-4000-8000-000000000102");
    public static final UUID HUE_SITE = UUID.fromString("00000000-0000-4000-8000-000000000103");
    public static final Actor ADMIN = new Actor("nat.admin", Role.NATIONAL_ADMIN, null, null);
    public static final Actor HANOI = new Actor("hanoi.cdc", Role.PROVINCE_MANAGER, HANOI_STORE, "01");
    public static final Actor VACCINATOR = new Actor("site", Role.SITE_VACCINATOR, HANOI_SITE, "01");

    private static final Map<UUID, ProductRef> PRODUCTS = Map.of(
            ABDALA, new ProductRef(ABDALA, "ABDALA", List.of("0" + GTIN)),
            NO_GTINS, new ProductRef(NO_GTINS, "LOCAL", List.of()));
    private static final Map<UUID, FacilityRef> FACILITIES = Map.of(
            HANOI_STORE, new FacilityRef(HANOI_STORE, "01"),
            HANOI_SITE, new FacilityRef(HANOI_SITE, "01"),
            HUE_SITE, new FacilityRef(HUE_SITE, "46"));

    @Override
    public Optional<ProductRef> product(UUID productId) {
        return Optional.ofNullable(PRODUCTS.get(productId));
    }

    @Override
    public Optional<ProductRef> productByCode(String code) {
        return PRODUCTS.values().stream().filter(p -> p.code().equals(code)).findFirst();
    }

    @Override
    public Optional<FacilityRef> facility(UUID facilityId) {
        return Optional.ofNullable(FACILITIES.get(facilityId));
    }

    /** An Abdala lot made 2021-08-01 with the label's 6 months: expires 2022-02-01. */
    public static NewLot abdala(UUID id, String number) {
        return new NewLot(id, ABDALA, number, GTIN, LocalDate.parse("2021-08-01"), LocalDate.parse("2022-02-01"));
    }
}
