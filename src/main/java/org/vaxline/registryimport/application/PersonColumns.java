package org.vaxline.registryimport.application;

import org.vaxline.registryimport.domain.Column;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The columns of a people file, and which of them each field of a registration comes from. */
final class PersonColumns {
    static final Column FULL_NAME = Column.required("full_name", "ho_ten");
    static final Column DATE_OF_BIRTH = Column.required("date_of_birth", "ngay_sinh");
    static final Column SEX = Column.required("sex", "gioi_tinh");
    static final Column ID_TYPE = Column.required("id_type", "loai_giay_to");
    static final Column ID_NUMBER = Column.required("id_number", "so_giay_to");
    static final Column PHONE = Column.optional("phone", "so_dien_thoai");
    static final Column PROVINCE = Column.required("province_code", "ma_tinh");
    static final Column COMMUNE = Column.optional("commune_code", "ma_xa");
    static final Column PRIORITY_GROUP = Column.optional("priority_group", "nhom_uu_tien");
    static final List<Column> ALL = List.of(FULL_NAME, DATE_OF_BIRTH, SEX, ID_TYPE, ID_NUMBER, PHONE, PROVINCE, COMMUNE,
            PRIORITY_GROUP);

    private static final Map<String, Column> BY_FIELD = Map.of("fullName", FULL_NAME, "dateOfBirth", DATE_OF_BIRTH,
            "sex", SEX, "identityType", ID_TYPE, "identityNumber", ID_NUMBER, "phone", PHONE, "provinceCode", PROVINCE,
            "communeId", COMMUNE, "priorityGroup", PRIORITY_GROUP);

    private PersonColumns() {
    }

    static Optional<Column> ofField(String field) {
        return Optional.ofNullable(BY_FIELD.get(field));
    }
}
