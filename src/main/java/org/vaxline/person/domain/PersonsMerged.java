package org.vaxline.person.domain;

/** Announced inside the merge's transaction: schedules and coverage now count the duplicate's doses for the survivor. */
public record PersonsMerged(PersonMerge merge) {
}
