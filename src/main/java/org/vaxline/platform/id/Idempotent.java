package org.vaxline.platform.id;

import org.vaxline.platform.error.PlatformError;
import org.vaxline.platform.error.VaxlineException;

import java.util.Map;
import java.util.UUID;

/**
 * The one answer to a request whose id is already used: the same content is a retry and gets the stored entry (200
 * over HTTP); other content is refused with 409 {@code IDEMPOTENCY_CONFLICT}, so a client never believes that what it
 * sent second was booked.
 */
public final class Idempotent {
    private Idempotent() {
    }

    /**
     * @param entry       what the id names, as a person reads it ("stock movement request", "dose")
     * @param sameContent whether the request says what the stored entry says (who and when aside)
     */
    public static <T> Recorded<T> retry(String entry, UUID id, T stored, boolean sameContent) {
        if (!sameContent) {
            throw new VaxlineException(PlatformError.IDEMPOTENCY_CONFLICT,
                    "id: " + entry + " " + id + " was already recorded with different content; use a new id for a new request",
                    Map.of("id", "already used for different content"), Map.of("reusedId", id.toString()));
        }
        return Recorded.existing(stored);
    }
}
