package org.vaxline.fhir.application;

import org.hl7.fhir.r4.model.Resource;

import java.util.List;

/**
 * One page of a search's matches.
 *
 * @param total the number of matches in all, when it was asked for (null otherwise)
 * @param next  the cursor of the next page, or null on the last
 */
public record SearchResult(List<Resource> resources, Long total, String next) {
}
