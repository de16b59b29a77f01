package org.vaxline.registryimport.application;

import org.vaxline.person.domain.IdentityType;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Finds the person registered with an identity document (the survivor, if merged), without logging a read. */
@FunctionalInterface
public interface PersonIdentities {
    Optional<UUID> personWith(IdentityType type, String number);

    /**
     * The people holding some documents of one type (canonical numbers), in one look-up where the directory can: an
     * import asks for a chunk's documents at once. Numbers nobody holds are left out.
     */
    default Map<String, UUID> peopleWith(IdentityType type, Collection<String> numbers) {
        Map<String, UUID> found = new HashMap<>();
        for (String number : numbers) {
            personWith(type, number).ifPresent(id -> found.put(number, id));
        }
        return found;
    }
}
