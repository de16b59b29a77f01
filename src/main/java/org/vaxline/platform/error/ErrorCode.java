package org.vaxline.platform.error;

/**
 * A stable, unique code for one kind of error (e.g. {@code DELIVERY_EXCEEDS_COMMITMENT}).
 * Each feature lists its codes in an enum implementing this; a test checks that no code is used twice.
 */
public interface ErrorCode {
    String name();

    ErrorKind kind();

    /** A short human title for the problem type. */
    String title();
}
