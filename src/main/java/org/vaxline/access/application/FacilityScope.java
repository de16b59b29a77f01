package org.vaxline.access.application;

import java.util.UUID;

/** A facility and the province it lies in ({@code provinceCode} is null for national-level facilities). */
public record FacilityScope(UUID facilityId, String provinceCode) {
}
