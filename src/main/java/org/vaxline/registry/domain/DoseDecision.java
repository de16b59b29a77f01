package org.vaxline.registry.domain;

import java.time.LocalDate;

/** What a dose is, once the policy accepted it: its number, its kind, and the earliest day it could count (null for a first dose). */
public record DoseDecision(int doseNumber, DoseKind kind, LocalDate earliestOn) {
}
