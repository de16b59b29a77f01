package org.vaxline.coverage.domain;

/** The milestones a person reaches in a series; each person is counted once per milestone. */
public enum CoverageMetric {
    FIRST_DOSE,
    SECOND_DOSE,
    COMPLETE_SERIES,
    BOOSTER
}
