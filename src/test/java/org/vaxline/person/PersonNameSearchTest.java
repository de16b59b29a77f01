package org.vaxline.person;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vaxline.person.application.PersonRecord;
import org.vaxline.person.domain.CorrectionRequest;
import org.vaxline.person.domain.NewPerson;
import org.vaxline.person.domain.Person;
import org.vaxline.person.domain.PersonQuery;
import org.vaxline.person.domain.SearchCursor;
import org.vaxline.person.store.NameSearchPage;
import org.vaxline.person.store.PersonStore;
import org.vaxline.platform.error.PlatformError;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.http.Page;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.store.Dialect;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
            String cursor = null;
            do {
                Page<PersonRecord> page = w.persons.searchPersons().search(ADMIN, "van an", null, cursor, 1);
                paged.addAll(ids(page));
                cursor = page.next();
            } while (cursor != null);
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

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aRareNameAmongCommonWordsIsReachedByPagesThatStopShortAtTheirWalk(Dialect dialect) {
        try (PersonWorld w = new PersonWorld(dialect, tempDir)) {
            List<UUID> others = new ArrayList<>();
            for (String name : List.of("Lê Ngọc Hà", "Trần Ngọc Lan", "Phạm Ngọc Sơn", "Đỗ Ngọc Minh", "Hồ Ngọc Tâm")) {
                others.add(w.register(named(name, "0010900005" + (10 + others.size()), "09120005" + (10 + others.size()))));
            }
            UUID vyen = w.register(named("Võ Ngọc Vyên", "001090000520", "0912000520"));
            // "vy" and "vo" are too short for a trigram: every "ngoc" is a candidate of the contained rank
            PersonQuery.Name query = (PersonQuery.Name) PersonQuery.parse("vo ngoc vy").orElseThrow();
            PersonStore store = new PersonStore(2);

            List<NameSearchPage> pages = new ArrayList<>();
            SearchCursor cursor = null;
            do {
                SearchCursor from = cursor;
                NameSearchPage page = w.store.read(h -> store.searchName(h, dialect, query, null, from, 10));
                pages.add(page);
                cursor = page.stoppedAt();
            } while (cursor != null && pages.size() < 20);

            assertThat(pages.stream().flatMap(p -> p.people().stream()).map(Person::id).toList())
                    .as("the one name holding every word, found once").containsExactly(vyen);
            assertThat(pages.get(0).people()).as("the first page read two candidates and stopped short").isEmpty();
            assertThat(pages.get(0).stoppedAt()).isNotNull();
            assertThat(pages.size()).as("pages of two candidates each, the last one ending the walk").isBetween(3, 5);
            assertThat(pages.get(pages.size() - 1).stoppedAt()).isNull();

            // the same search as a client makes it: the default walk reads every candidate of this small registry
            assertThat(ids(w.persons.searchPersons().search(ADMIN, "vo ngoc vy", null, null, 10))).containsExactly(vyen);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aProvinceReadsItsOwnWholeWordMatchesAcrossWalksAndFollowsAMoveOfProvince(Dialect dialect) {
        try (PersonWorld w = new PersonWorld(dialect, tempDir)) {
            List<UUID> hanoi = new ArrayList<>();
            for (String name : List.of("Nguyễn Văn An", "Trần Văn An", "Lê Văn An Bình", "Phạm Văn An")) {
                hanoi.add(w.register(named(name, "0010900007" + (10 + hanoi.size()), "09120007" + (10 + hanoi.size()))));
            }
            UUID moved = hanoi.remove(3);
            w.persons.correctPerson().correct(ADMIN, moved, new CorrectionRequest(Ids.newId(), null, null, null, null,
                    "46", PersonWorld.HUE_COMMUNE, null, null, null, "moved to Huế before registering there"));
            PersonQuery.Name query = (PersonQuery.Name) PersonQuery.parse("van an").orElseThrow();
            PersonStore store = new PersonStore(2);

            List<UUID> found = new ArrayList<>();
            SearchCursor cursor = null;
            int pages = 0;
            do {
                SearchCursor from = cursor;
                NameSearchPage page = w.store.read(h -> store.searchName(h, dialect, query, "01", from, 2));
                page.people().forEach(p -> found.add(p.id()));
                // a full page goes on after its last person, a short one from where its walk stopped
                cursor = page.people().size() == 2 ? new SearchCursor.AfterPerson(found.get(found.size() - 1)) : page.stoppedAt();
                pages++;
            } while (cursor != null && pages < 10);

            assertThat(found).as("Hà Nội's three, each once, across walks of two")
                    .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(hanoi);
            assertThat(ids(w.persons.searchPersons().search(PersonWorld.HUE_MANAGER, "van an", null, null, 10)))
                    .as("the corrected province is where the name is found now").containsExactly(moved);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aCursorNoSearchGaveIsRefusedAndNamesTheCursor(Dialect dialect) {
        try (PersonWorld w = new PersonWorld(dialect, tempDir)) {
            w.register(named("Nguyễn Văn An", "001090000601", "0912000601"));
            for (String[] asked : List.of(new String[]{"van an", "yesterday"}, new String[]{"van an", "2~xyz"},
                    new String[]{"van an", dialect == Dialect.SQLITE ? "2~abc" : "2~12"}, new String[]{"0912000601", "2~12"})) {
                assertThatThrownBy(() -> w.persons.searchPersons().search(ADMIN, asked[0], null, asked[1], 10))
                        .as(asked[0] + " with cursor " + asked[1])
                        .isInstanceOfSatisfying(VaxlineException.class, e -> {
                            assertThat(e.code()).isEqualTo(PlatformError.MALFORMED_REQUEST);
                            assertThat(e.fieldErrors()).containsKey("cursor");
                        });
            }
        }
    }

    @Test
    void onSqliteAShortPageReadsEachWordRanksWindowInOneStatement() throws Exception {
        try (PersonWorld w = new PersonWorld(Dialect.SQLITE, tempDir)) {
            UUID contained = w.register(named("Trần Văn Anh", "001090000221", "0912000221"));
            UUID whole = w.register(named("Nguyễn Văn An", "001090000222", "0912000222"));
            List<String> statements = java.util.Collections.synchronizedList(new ArrayList<>());

            List<UUID> found;
            try (AutoCloseable ignored = w.store.statements().listen(statements::add)) {
                found = ids(w.persons.searchPersons().search(ADMIN, "Văn An", null, null, 10));
            }

            assertThat(found).containsExactly(whole, contained);
            // both word ranks end short of the page: each learns where its window ended from the same pass
            assertThat(statements).filteredOn(sql -> sql.contains("person_words MATCH")).hasSize(1);
            assertThat(statements).filteredOn(sql -> sql.contains("person_names MATCH")).hasSize(1);
        }
    }

    private static List<UUID> ids(Page<PersonRecord> page) {
        return page.items().stream().map(r -> r.person().id()).toList();
    }
}
