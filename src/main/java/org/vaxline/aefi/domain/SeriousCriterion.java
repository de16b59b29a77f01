package org.vaxline.aefi.domain;

/** The WHO criteria that make an adverse event serious. */
public enum SeriousCriterion {
    DEATH,
    LIFE_THREATENING,
    HOSPITALIZATION,
    DISABILITY,
    CONGENITAL_ANOMALY,
    OTHER_MEDICALLY_IMPORTANT
}
