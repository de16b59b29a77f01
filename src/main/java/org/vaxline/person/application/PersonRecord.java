package org.vaxline.person.application;

import org.vaxline.person.domain.Person;

import java.util.List;
import java.util.UUID;

/** A person as a read answers it: the surviving record, and the ids of every record merged into it. */
public record PersonRecord(Person person, List<UUID> mergedFrom) {
}
