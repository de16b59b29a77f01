package org.vaxline.platform.http;

import org.vaxline.platform.security.Actor;

import java.util.Optional;

/** Turns a bearer token into the actor it belongs to, or nothing when the token is unknown or revoked. */
@FunctionalInterface
public interface Authenticator {
    Optional<Actor> authenticate(String bearerToken);
}
