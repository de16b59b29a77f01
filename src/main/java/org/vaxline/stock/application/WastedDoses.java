package org.vaxline.stock.application;

import java.util.UUID;

/** Doses of one product wasted in one province over a period, net of reversed wastage. */
public record WastedDoses(String provinceCode, UUID productId, long doses) {
}
