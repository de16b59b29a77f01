package org.vaxline.person.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A correction as the client sends it: the fields to correct (null: unchanged; at least one), and why.
 * {@code "phone": ""} removes a phone number.
 *
 * @param id the correction entry's id, chosen by the client so that a retry is harmless (null: the server picks)
 */
public record CorrectionRequest(UUID id, String fullName, LocalDate dateOfBirth, Sex sex, String phone,
                                String provinceCode, UUID communeId, String priorityGroup, IdentityType identityType,
                                String identityNumber, String reason) {
}
