package org.vaxline.certificate.domain;

import java.util.List;

/**
 * The stages of verifying a certificate, in the order they run; a stage that cannot run after a failed one is SKIPPED.
 * An EU DCC runs {@link #HC1}, a SMART Health Card {@link #SHC} (JWS is the compact JWS's structure and header; ZLIB its
 * raw DEFLATE payload).
 */
public enum Stage {
    PREFIX, BASE45, ZLIB, COSE, KID, SIGNATURE, VALIDITY, KEY_USAGE, SCHEMA, VALUE_SETS, REVOCATION, JWS;

    public static final List<Stage> HC1 = List.of(PREFIX, BASE45, ZLIB, COSE, KID, SIGNATURE, VALIDITY, KEY_USAGE, SCHEMA,
            VALUE_SETS, REVOCATION);
    public static final List<Stage> SHC = List.of(PREFIX, JWS, ZLIB, KID, SIGNATURE, VALIDITY, SCHEMA, VALUE_SETS, REVOCATION);
}
