package org.vaxline.coverage.application;

import org.vaxline.coverage.domain.PersonFacts;
import org.vaxline.coverage.domain.PersonHistory;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * What coverage asks of the person registry and the dose registry, which it may not read itself; the composition root
 * answers. Inside a transaction, answers read what that transaction sees.
 */
public interface PersonHistories {
    /** A person's facts by their surviving identity; empty if there is no such person. */
    Optional<PersonFacts> person(UUID survivorId);

    /** A person's doses per series, by surviving identity; empty if there is no such person. */
    Optional<PersonHistory> of(UUID survivorId);

    /** Every person with doses, once each by surviving identity: what a recount walks through. */
    void forEach(Consumer<PersonHistory> each);
}
