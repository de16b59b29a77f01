package org.vaxline.access.application;

import org.vaxline.platform.security.Actor;

import java.time.Instant;
import java.util.UUID;

/** A signed-in web session: who, since when, and the language they read in ({@code vi}, {@code en} or {@code es}). */
public record WebSession(UUID tokenId, UUID userId, Actor actor, Instant startedAt, String language) {
}
