package org.vaxline.gs1.domain;

/** What a value must satisfy beyond its characters and length. */
public enum ValueRule {
    NONE,
    /** The last digit is the GS1 mod-10 check digit of the others (GTIN, SSCC, GLN, GSIN). */
    CHECK_DIGIT,
    /** YYMMDD, a real day. */
    DATE,
    /** YYMMDD where DD=00 stands for the last day of the month (best before, sell by, expiry). */
    DATE_DAY_ZERO_IS_MONTH_END
}
