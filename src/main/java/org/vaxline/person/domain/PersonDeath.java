package org.vaxline.person.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An entry of the deaths ledger: a person died on a day; who recorded it and when. One per person, never changed. */
public record PersonDeath(UUID personId, LocalDate diedOn, Instant recordedAt, String recordedBy) {
}
