package org.vaxline.coldchain.application;

import org.vaxline.lot.domain.HoldOutcome;

import java.util.UUID;

/** The assessment of one lot an excursion held: back to use (RELEASED) or written off (DISCARDED), and why. */
public record AssessmentRequest(UUID lotId, HoldOutcome outcome, String note) {
}
