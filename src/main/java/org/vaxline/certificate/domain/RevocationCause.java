package org.vaxline.certificate.domain;

/** Why a certificate was revoked: on request (with a reason), or because the facts it states changed. */
public enum RevocationCause {
    REQUEST, DOSE_REVERSED, PERSONS_MERGED, PERSON_CORRECTED
}
