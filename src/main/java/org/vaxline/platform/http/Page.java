package org.vaxline.platform.http;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** One page of a list: {@code {"items": [...], "next": "<cursor or null>"}}. */
public record Page<T>(List<T> items, @JsonInclude(JsonInclude.Include.ALWAYS) String next) {
    /**
     * Cuts a list fetched with one row more than the limit: that extra row tells whether there is a next page,
     * whose cursor is the key of the last row shown.
     */
    public static <T> Page<T> of(List<T> fetched, int limit, java.util.function.Function<T, String> cursorOf) {
        if (fetched.size() <= limit) {
            return new Page<>(fetched, null);
        }
        List<T> shown = fetched.subList(0, limit);
        return new Page<>(List.copyOf(shown), cursorOf.apply(shown.get(limit - 1)));
    }
}
