package org.vaxline.aefi.application;

import org.vaxline.platform.security.Actor;

import java.util.Collection;
import java.util.UUID;

/** Where adverse-event answers report whose records they showed (a report, a recall's recipients), for the access log. */
@FunctionalInterface
public interface PersonReads {
    void logged(Actor reader, Collection<UUID> personIds, String purpose);
}
