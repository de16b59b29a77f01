package org.vaxline.registryimport.domain;

/** What writing one valid row did. */
public enum Outcome {
    CREATED,
    /** Written by an earlier run of this file (same deterministic id, same content): nothing added. */
    UNCHANGED,
    /** The person's identity document was registered before under another id (by hand, or another file). */
    ALREADY_REGISTERED
}
