package org.vaxline.person;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vaxline.person.application.PersonRecord;
import org.vaxline.person.domain.CorrectionRequest;
import org.vaxline.person.domain.NewPerson;
import org.vaxline.person.domain.PersonQuery;
import org.vaxline.platform.http.Page;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.store.Dialect;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vaxline.person.PersonWorld.ADMIN;

/** The name search through each store's index: ranked exact, whole words, contained; paged; in step with corrections. */
class PersonNameSearchTest {
    @TempDir
    Path tempDir;

    private static NewPerson named(String name, String number, String phone) {
        NewPerson an = PersonWorld.an();
        return new NewPerson(Ids.newId(), an.identityType(), number, name, an.dateOfBirth(), an.sex(), phone,
                an.provinceCode(), an.communeId(), an.priorityGroup(), null, true);
    }

    @Test
    void ranksTheExactNameThenWholeWordsThenContainedWords() {
        PersonQuery.Name query = (PersonQuery.Name) PersonQuery.parse("van an").orElseThrow();
        assertThat(query.rankOf("van an")).isEqualTo(PersonQuery.Name.EXACT);
        assertThat(query.rankOf("nguyen van an")).isEqualTo(PersonQuery.Name.WHOLE_WORDS);
        assertThat(query.rankOf("tran van anh")).isEqualTo(PersonQuery.Name.CONTAINED);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void findsByIndexRankedAndPagesAcrossRanks(Dialect dialect) {
        try (PersonWorld w = new PersonWorld(dialect, tempDir)) {
            UUID contained = w.register(named("Trần Văn Anh", "001090000201", "0912000201"));
            UUID whole = w.register(named("Nguyễn Văn An", "001090000202", "0912000202"));
            UUID exact = w.register(named("Văn An", "001090000203", "0912000203"));
            w.register(named("Lê Thị Hoa", "001090000204", "0912000204"));

            List<UUID> ranked = ids(w.persons.searchPersons().search(ADMIN, "Văn An", null, null, 10));
            assertThat(ranked).containsExactly(exact, whole, contained);

            List<UUID> paged = new ArrayList<>();
            UUID after = null;
            do {
                Page<PersonRecord> page = w.persons.searchPersons().search(ADMIN, "van an", null, after, 1);
                paged.addAll(ids(page));
                after = page.next() == null ? null : UUID.fromString(page.next());
            } while (after != null);
            assertThat(paged).as("one a page, in rank order").containsExactly(exact, whole, contained);

            assertThat(ids(w.persons.searchPersons().search(ADMIN, "anh", null, null, 10))).containsExactly(contained);
            assertThat(ids(w.persons.searchPersons().search(ADMIN, "guy", null, null, 10))).as("inside a word").containsExactly(whole);
            assertThat(ids(w.persons.searchPersons().search(ADMIN, "h", null, null, 10))).as("shorter than a trigram")
                    .containsExactlyInAnyOrder(contained, w.persons.searchPersons().search(ADMIN, "hoa", null, null, 1).items().get(0).person().id());
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aWordJoinedToAnotherByPunctuationIsNotWholeButStillFound(Dialect dialect) {
        try (PersonWorld w = new PersonWorld(dialect, tempDir)) {
            UUID joined = w.register(named("O'Neil Văn An", "001090000401", "0912000401"));
            UUID whole = w.register(named("Neil Văn An Bình", "001090000402", "0912000402"));

            assertThat(ids(w.persons.searchPersons().search(ADMIN, "neil an", null, null, 10)))
                    .as("\"neil\" stands whole only in the second name; the first merely contains it")
                    .containsExactly(whole, joined);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aCorrectedNameIsFoundByItsNewNameOnly(Dialect dialect) {
        try (PersonWorld w = new PersonWorld(dialect, tempDir)) {
            UUID hoa = w.register(named("Lê Thị Hoa", "001090000301", "0912000301"));
            w.persons.correctPerson().correct(ADMIN, hoa, new CorrectionRequest(Ids.newId(), "Lê Thị Huệ", null, null, null,
                    null, null, null, null, null, "name typed wrong"));
            assertThat(ids(w.persons.searchPersons().search(ADMIN, "hoa", null, null, 10))).isEmpty();
            assertThat(ids(w.persons.searchPersons().search(ADMIN, "thi hue", null, null, 10))).containsExactly(hoa);
        }
    }

    private static List<UUID> ids(Page<PersonRecord> page) {
        return page.items().stream().map(r -> r.person().id()).toList();
    }
}
