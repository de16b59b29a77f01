package org.vaxline.certificate.application;

import org.vaxline.platform.security.Actor;

import java.util.Collection;
import java.util.UUID;

/** Where the certificate feature reports that someone saw a person's record (issuing shows it), for the access log. */
@FunctionalInterface
public interface PersonReads {
    void logged(Actor reader, Collection<UUID> personIds, String purpose);
}
