package org.vaxline.person.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Announced inside the transaction that recorded a person's death, for features that follow people (a deceased person
 * is no longer due; their doses before the day still count).
 */
public record PersonDied(UUID personId, LocalDate diedOn, String provinceCode, Instant recordedAt, String recordedBy) {
}
