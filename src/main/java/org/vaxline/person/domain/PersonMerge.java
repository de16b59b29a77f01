package org.vaxline.person.domain;

import java.time.Instant;
import java.util.UUID;

/** An append-only merge entry: the duplicate now answers as the survivor; neither record is changed or deleted. */
public record PersonMerge(UUID id, UUID survivorId, UUID duplicateId, String reason, String provinceCode,
                          Instant recordedAt, String recordedBy) {
}
