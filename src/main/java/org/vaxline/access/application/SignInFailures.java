package org.vaxline.access.application;

import java.time.Instant;

/** Failed sign-ins in a row for one user name, and when the last one was. */
public record SignInFailures(int count, Instant last) {
}
