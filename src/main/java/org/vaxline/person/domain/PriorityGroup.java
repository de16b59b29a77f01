package org.vaxline.person.domain;

/** A group of people served first (health workers, over 65 …): data from the store, named in Vietnamese and English. */
public record PriorityGroup(String code, String nameVi, String nameEn) {
    public static final String GENERAL = "GENERAL";
}
