package org.vaxline.registryimport.application;

import org.vaxline.person.domain.IdentityType;

import java.util.Optional;
import java.util.UUID;

/** Finds the person registered with an identity document (the survivor, if merged), without logging a read. */
@FunctionalInterface
public interface PersonIdentities {
    Optional<UUID> personWith(IdentityType type, String number);
}
