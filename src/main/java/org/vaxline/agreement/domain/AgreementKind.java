package org.vaxline.agreement.domain;

/** Why goods move between the parties; also the default kind of each commitment. */
public enum AgreementKind {
    PURCHASE,
    DONATION,
    RESALE,
    GIFT,
    TECHNOLOGY_TRANSFER
}
