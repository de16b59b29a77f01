package org.vaxline.facility.domain;

import java.util.UUID;

/**
 * A place in the cold chain.
 *
 * @param parentId     the facility that supplies this one; null only for the national store
 * @param provinceCode the province this facility serves; null above province level
 * @param note         free text (e.g. that a demo name is illustrative)
 */
public record Facility(UUID id, String code, String name, FacilityType type, UUID parentId, String provinceCode,
                       String note) {
}
