package org.vaxline.person.store;

import org.vaxline.person.domain.Person;
import org.vaxline.person.domain.SearchCursor;

import java.util.List;

/**
 * What a name search read for a page: the people in rank order, and where a rank's walk stopped when the page stopped
 * short of its limit with more of the registry still to walk (null when it did not).
 */
public record NameSearchPage(List<Person> people, SearchCursor.WalkedTo stoppedAt) {
}
