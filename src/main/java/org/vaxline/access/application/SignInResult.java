package org.vaxline.access.application;

import java.time.Duration;

/** What a sign-in attempt came to: a session (its secret goes into the cookie), a refusal, or "wait first". */
public sealed interface SignInResult {
    record SignedIn(String secret, WebSession session) implements SignInResult {
    }

    /** Wrong name or password (the two are not told apart); {@code failures} in a row for that name. */
    record Refused(int failures) implements SignInResult {
    }

    record Throttled(Duration retryAfter) implements SignInResult {
    }
}
