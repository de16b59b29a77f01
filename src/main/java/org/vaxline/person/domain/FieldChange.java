package org.vaxline.person.domain;

import java.util.Objects;

/** One field a correction named, as text: its value before and after (equal when it named the value already held). */
public record FieldChange(String field, String before, String after) {
    public boolean changed() {
        return !Objects.equals(before, after);
    }
}
