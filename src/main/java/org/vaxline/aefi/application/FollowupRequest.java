package org.vaxline.aefi.application;

import org.vaxline.aefi.domain.AefiOutcome;
import org.vaxline.aefi.domain.Causality;

import java.util.UUID;

/** A follow-up as a client sends it: a new classification, a new outcome, or both. */
public record FollowupRequest(UUID id, Causality classification, AefiOutcome outcome, String note) {
}
