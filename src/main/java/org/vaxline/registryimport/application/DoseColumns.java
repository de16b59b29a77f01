package org.vaxline.registryimport.application;

import org.vaxline.registryimport.domain.Column;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The columns of a doses file, and which of them each field of a dose comes from. */
final class DoseColumns {
    static final Column ID_NUMBER = Column.required("id_number", "so_giay_to");
    static final Column ID_TYPE = Column.required("id_type", "loai_giay_to");
    static final Column PRODUCT = Column.required("product_code", "ma_san_pham");
    static final Column LOT = Column.required("lot_number", "so_lo");
    static final Column SITE = Column.required("site_code", "ma_diem_tiem");
    static final Column GIVEN_ON = Column.required("given_on", "ngay_tiem");
    static final List<Column> ALL = List.of(ID_NUMBER, ID_TYPE, PRODUCT, LOT, SITE, GIVEN_ON);

    private static final Map<String, Column> BY_FIELD = Map.of("personId", ID_NUMBER, "productId", PRODUCT,
            "lotId", LOT, "siteId", SITE, "givenOn", GIVEN_ON);

    private DoseColumns() {
    }

    static Optional<Column> ofField(String field) {
        return Optional.ofNullable(BY_FIELD.get(field));
    }
}
