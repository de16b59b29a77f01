package org.vaxline.catalog.domain;

import java.util.UUID;

/** A good other than a vaccine that agreements commit (e.g. rice), counted in its unit ({@code t} for tonnes). */
public record Commodity(UUID id, String code, String name, String unit) {
}
