package org.vaxline.person.domain;

/** Sex as recorded on the identity document; OTHER is not checked against a citizen ID's sex digit. */
public enum Sex {
    MALE, FEMALE, OTHER
}
