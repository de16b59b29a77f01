package org.vaxline.certificate.domain;

/** A stage's result: passed, failed, or not run because an earlier stage failed. */
public enum Verdict {
    PASS, FAIL, SKIPPED
}
