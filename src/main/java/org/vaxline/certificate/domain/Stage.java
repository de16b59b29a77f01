package org.vaxline.certificate.domain;

/** The stages of verifying an EU DCC, in the order they run; a stage that cannot run after a failed one is SKIPPED. */
public enum Stage {
    PREFIX, BASE45, ZLIB, COSE, KID, SIGNATURE, VALIDITY, KEY_USAGE, SCHEMA, VALUE_SETS, REVOCATION
}
