package org.vaxline.partner.domain;

/** What sort of party a partner is. */
public enum PartnerKind {
    COUNTRY, MINISTRY, MANUFACTURER, INTERNATIONAL_ORGANISATION, OTHER
}
