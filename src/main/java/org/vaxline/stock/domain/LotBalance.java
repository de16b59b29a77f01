package org.vaxline.stock.domain;

import org.vaxline.lot.domain.LotState;

/** Doses of one lot on hand at one facility, with what is known of the lot. */
public record LotBalance(LotState lot, long quantity) {
}
