package org.vaxline.stock.domain;

import java.util.UUID;

/** Doses to take from one lot. */
public record Allocation(UUID lotId, long quantity) {
}
