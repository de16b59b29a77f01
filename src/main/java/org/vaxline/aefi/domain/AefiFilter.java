package org.vaxline.aefi.domain;

import java.util.UUID;

/** Which reports a list shows; null means any. */
public record AefiFilter(UUID lotId, String provinceCode, Boolean serious) {
}
