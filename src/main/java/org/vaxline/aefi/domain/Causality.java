package org.vaxline.aefi.domain;

/** The WHO causality classification of an adverse event; PENDING until the investigation concludes. */
public enum Causality {
    VACCINE_PRODUCT_RELATED,
    VACCINE_QUALITY_DEFECT,
    IMMUNIZATION_ERROR,
    ANXIETY_RELATED,
    COINCIDENTAL,
    INDETERMINATE,
    UNCLASSIFIABLE,
    PENDING
}
