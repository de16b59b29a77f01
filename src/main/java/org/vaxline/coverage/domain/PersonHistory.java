package org.vaxline.coverage.domain;

import java.util.List;
import java.util.Map;

/**
 * A person's doses per series, by surviving identity: the doses of every record merged into them count, reversed doses
 * do not.
 *
 * @param series each series' doses in the order given
 */
public record PersonHistory(PersonFacts person, Map<String, List<SeriesDose>> series) {
}
