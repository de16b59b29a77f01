package org.vaxline.person.domain;

/** The kinds of identity document a person is registered with. */
public enum IdentityType {
    /** Vietnam's 12-digit citizen identity card (căn cước công dân). */
    CCCD,
    PASSPORT,
    /** Any other document (e.g. a birth certificate number): free text. */
    OTHER
}
