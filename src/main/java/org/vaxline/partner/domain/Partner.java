package org.vaxline.partner.domain;

import java.util.UUID;

/**
 * A party to agreements: a country, a ministry, a manufacturer, an international organisation.
 *
 * @param countryCode ISO 3166-1 alpha-2 code of the partner's country, where one applies (null otherwise)
 */
public record Partner(UUID id, String code, String name, PartnerKind kind, String countryCode) {
}
