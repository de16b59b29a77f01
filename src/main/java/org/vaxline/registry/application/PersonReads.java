package org.vaxline.registry.application;

import org.vaxline.platform.security.Actor;

import java.util.Collection;
import java.util.UUID;

/** Where the registry reports that someone saw people's records (a dose history, a due list), for the access log. */
@FunctionalInterface
public interface PersonReads {
    void logged(Actor reader, Collection<UUID> personIds, String purpose);
}
