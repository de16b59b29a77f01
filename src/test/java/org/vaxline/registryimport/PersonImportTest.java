package org.vaxline.registryimport;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vaxline.person.domain.IdentityType;
import org.vaxline.person.domain.NewPerson;
import org.vaxline.person.domain.Sex;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.store.Dialect;
import org.vaxline.registryimport.application.ImportRequest;
import org.vaxline.registryimport.application.ProgressListener;
import org.vaxline.registryimport.domain.ImportSummary;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vaxline.registryimport.ImportWorld.PEOPLE_HEADER;
import static org.vaxline.registryimport.ImportWorld.person;

/** The people import on both stores: bad rows reported by line and never stored, re-runs harmless, batches survive a refusal. */
class PersonImportTest {
    @TempDir
    Path tmp;

    /** 50 rows; line 11 has a wrong citizen-ID digit, line 21 an impossible date, line 31 an unknown province. */
    private static List<String> fiftyWithThreeBad() {
        List<String> lines = new ArrayList<>(List.of(PEOPLE_HEADER));
        for (int n = 1; n <= 50; n++) {
            String row = person(n);
            if (n == 10) {
                row = row.replace(ImportWorld.citizenId(n), ImportWorld.citizenId(n).substring(0, 3) + "2"
                        + ImportWorld.citizenId(n).substring(4));
            } else if (n == 20) {
                row = row.replace("1990-05-21", "31/02/1990");
            } else if (n == 30) {
                row = row.replace(",01,COMMUNE-01-1,", ",99,,");
            }
            lines.add(row);
        }
        return lines;
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void importsTheGoodRowsReportsTheBadOnesAndAReRunChangesNothing(Dialect dialect) throws Exception {
        try (ImportWorld world = new ImportWorld(dialect, tmp)) {
            Path file = world.write("people.csv", fiftyWithThreeBad());

            ImportSummary first = world.imports.persons().run(ImportWorld.ADMIN, new ImportRequest(file, null, 7),
                    ProgressListener.NONE);

            assertThat(first.rows()).isEqualTo(50);
            assertThat(first.created()).isEqualTo(47);
            assertThat(first.failed()).isEqualTo(3);
            assertThat(first.errorReport()).isEqualTo(tmp.resolve("people.errors.csv").toAbsolutePath());
            List<String> report = ImportWorld.report(first);
            assertThat(report).hasSize(3);
            assertThat(report.get(0)).startsWith("11,so_giay_to,PERSON_INVALID,")
                    .contains("digit 4 (2) means born 2000-2099, not in 1990");
            assertThat(report.get(1)).startsWith("21,ngay_sinh,IMPORT_VALUE_INVALID,").contains("31/02/1990");
            assertThat(report.get(2)).isEqualTo("31,ma_tinh,IMPORT_REFERENCE_UNKNOWN,no province 99");
            assertThat(world.persons()).isEqualTo(47);
            assertThat(world.count("SELECT COUNT(*) FROM persons WHERE full_name IN "
                    + "('Nguyễn Thị Test 10', 'Nguyễn Thị Test 20', 'Nguyễn Thị Test 30')")).isZero();

            ImportSummary again = world.importPersons(file);

            assertThat(again.created()).isZero();
            assertThat(again.unchanged()).isEqualTo(47);
            assertThat(again.failed()).isEqualTo(3);
            assertThat(ImportWorld.report(again)).isEqualTo(report);
            assertThat(world.persons()).isEqualTo(47);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aRowRefusedAtWriteTimeLeavesNothingAndItsBatchStillCommits(Dialect dialect) {
        try (ImportWorld world = new ImportWorld(dialect, tmp)) {
            // Registered by hand before: the import counts this identity as already registered, not as a failure.
            world.app.persons().registerPerson().register(ImportWorld.ADMIN, new NewPerson(Ids.newId(), IdentityType.CCCD,
                    ImportWorld.citizenId(2), "Nguyễn Thị Test 2", LocalDate.of(1990, 5, 3), Sex.MALE, null, "01", null,
                    null, null, null));
            String twin = person(4).replace(ImportWorld.citizenId(4), ImportWorld.citizenId(6));
            twin = twin.replace("Nguyễn Thị Test 4,", "Nguyen Thi Test 4,").replace("1990-05-05", "1990-05-05");
            // Row 4 and its likely duplicate (same name without diacritics, birth date and phone) share one batch.
            Path file = world.write("people.csv", List.of(PEOPLE_HEADER, person(1), person(2), person(3), person(4),
                    twin.replace(",Nam,", ",Nam,"), person(5)));

            ImportSummary summary = world.imports.persons().run(ImportWorld.ADMIN, new ImportRequest(file, null, 100),
                    ProgressListener.NONE);

            assertThat(summary.rows()).isEqualTo(6);
            assertThat(summary.created()).isEqualTo(4);
            assertThat(summary.alreadyRegistered()).isEqualTo(1);
            assertThat(summary.failed()).isEqualTo(1);
            assertThat(ImportWorld.report(summary)).singleElement().asString().startsWith("6,,PERSON_LIKELY_DUPLICATE,");
            assertThat(world.persons()).isEqualTo(5);
            assertThat(world.count("SELECT COUNT(*) FROM persons WHERE identity_number = '" + ImportWorld.citizenId(6) + "'"))
                    .isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aDocumentTwiceInOneBatchIsRegisteredOnceWhateverTheBatchReadBeforeItsFirstRow(Dialect dialect) {
        // the batch reads who holds its rows' documents before the first is written: the second row must still see
        // the first's registration (the same person: unchanged; the same document under another name: a conflict)
        try (ImportWorld world = new ImportWorld(dialect, tmp)) {
            Path file = world.write("people.csv", List.of(PEOPLE_HEADER, person(1), person(2), person(1),
                    person(2).replace("Nguyễn Thị Test 2,", "Trần Văn Khác,"), person(3)));

            ImportSummary summary = world.imports.persons().run(ImportWorld.ADMIN, new ImportRequest(file, null, 100),
                    ProgressListener.NONE);

            assertThat(summary.created()).isEqualTo(3);
            assertThat(summary.unchanged()).isEqualTo(1);
            assertThat(summary.failed()).isEqualTo(1);
            assertThat(ImportWorld.report(summary)).singleElement().asString().startsWith("5,id,IDEMPOTENCY_CONFLICT,");
            assertThat(world.persons()).isEqualTo(3);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void quotedCommasAndLineBreaksKeepTheLineNumbersRight(Dialect dialect) throws Exception {
        try (ImportWorld world = new ImportWorld(dialect, tmp)) {
            String quotedName = person(1).replace("Nguyễn Thị Test 1,", "\"Nguyễn, Thị \"\"Test\"\" 1\",");
            String multiLineName = person(2).replace("Nguyễn Thị Test 2,", "\"Nguyễn Thị\nTest 2\",");
            String bad = person(3).replace("1990-05-04", "hôm qua");
            Path file = world.write("people.csv", List.of(PEOPLE_HEADER, quotedName, multiLineName, bad, person(4)));

            ImportSummary summary = world.importPersons(file);

            assertThat(summary.created()).isEqualTo(3);
            assertThat(ImportWorld.report(summary)).singleElement().asString().startsWith("5,ngay_sinh,IMPORT_VALUE_INVALID,");
            assertThat(world.count("SELECT COUNT(*) FROM persons WHERE full_name = 'Nguyễn, Thị \"Test\" 1'")).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void semicolonsAByteOrderMarkAndEnglishHeaders(Dialect dialect) throws Exception {
        try (ImportWorld world = new ImportWorld(dialect, tmp)) {
            String header = "full_name;date_of_birth;sex;id_type;id_number;phone;province_code";
            String row = "Trần Văn Bình;01/05/1990;MALE;CCCD;" + ImportWorld.citizenId(8) + ";0912 000 008;01";
            String badSex = "Lê Thị Cúc;1990-05-01;X;CCCD;" + ImportWorld.citizenId(9) + ";;01";
            Path file = tmp.resolve("people-excel.csv");
            Files.write(file, ("\uFEFF" + header + "\r\n" + row + "\r\n" + badSex + "\r\n").getBytes(StandardCharsets.UTF_8));

            ImportSummary summary = world.importPersons(file);

            assertThat(summary.created()).isEqualTo(1);
            assertThat(ImportWorld.report(summary)).singleElement().asString().startsWith("3,sex,IMPORT_VALUE_INVALID,");
            assertThat(world.count("SELECT COUNT(*) FROM persons WHERE date_of_birth = '1990-05-01'")).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aFileWithoutTheColumnsOrNotThereIsUnreadable(Dialect dialect) {
        try (ImportWorld world = new ImportWorld(dialect, tmp)) {
            Path noColumns = world.write("wrong.csv", List.of("name,born", "An,1990-01-01"));
            assertThatThrownBy(() -> world.importPersons(noColumns)).isInstanceOf(VaxlineException.class)
                    .hasMessageContaining("lacks the column(s) ho_ten|full_name");
            assertThatThrownBy(() -> world.importPersons(tmp.resolve("missing.csv")))
                    .isInstanceOf(VaxlineException.class).hasMessageContaining("no such file");
            assertThat(world.persons()).isZero();
        }
    }
}
