package org.vaxline.facility.domain;

/** A province-level unit is a centrally-run city or a province. */
public enum ProvinceKind {
    CITY, PROVINCE
}
