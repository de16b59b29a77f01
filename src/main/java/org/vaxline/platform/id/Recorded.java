package org.vaxline.platform.id;

/** The outcome of an idempotent write: the stored value, and whether this call stored it or found it stored by a retry. */
public record Recorded<T>(T value, boolean isNew) {
    public static <T> Recorded<T> created(T value) {
        return new Recorded<>(value, true);
    }

    public static <T> Recorded<T> existing(T value) {
        return new Recorded<>(value, false);
    }
}
