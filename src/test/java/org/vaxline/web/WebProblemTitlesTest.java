package org.vaxline.web;

import org.junit.jupiter.api.Test;
import org.vaxline.access.domain.AccessError;
import org.vaxline.platform.error.ErrorCode;
import org.vaxline.platform.error.PlatformError;
import org.vaxline.platform.http.ProblemTitles;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The API's problem titles follow Accept-Language. */
class WebProblemTitlesTest {
    @Test
    void theFirstOfOurLanguagesTheClientPrefersIsChosen() {
        assertThat(ProblemTitles.language("vi-VN,vi;q=0.9,en;q=0.8")).isEqualTo("vi");
        assertThat(ProblemTitles.language("fr, es;q=0.7")).isEqualTo("es");
        assertThat(ProblemTitles.language("en-GB")).isEqualTo("en");
        assertThat(ProblemTitles.language("de")).isNull();
        assertThat(ProblemTitles.language(null)).isNull();
        assertThat(ProblemTitles.language(";;;q=")).isNull();
    }

    @Test
    void titlesAreTranslatedAndEnglishOtherwise() {
        assertThat(ProblemTitles.title(PlatformError.NOT_FOUND, "vi")).isEqualTo("Không tìm thấy");
        assertThat(ProblemTitles.title(PlatformError.NOT_FOUND, "es")).isEqualTo("No encontrado");
        assertThat(ProblemTitles.title(PlatformError.NOT_FOUND, "en")).isEqualTo("Not found");
        assertThat(ProblemTitles.title(PlatformError.NOT_FOUND, null)).isEqualTo("Not found");
    }

    @Test
    void everyPlatformAndAccessCodeHasBothTranslationsAndEveryTranslationNamesACode() throws Exception {
        for (String language : new String[]{"vi", "es"}) {
            Properties titles = new Properties();
            try (InputStream in = getClass().getClassLoader().getResourceAsStream("platform/problem-titles_" + language + ".properties")) {
                titles.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
            Stream.of(PlatformError.values(), AccessError.values()).flatMap(Stream::of).map(ErrorCode::name)
                    .forEach(code -> assertThat(titles).as(language + " " + code).containsKey(code));
            assertThat(titles.keySet()).allSatisfy(key -> assertThat((String) key).matches("[A-Z][A-Z0-9_]+"));
            assertThat(titles).hasSizeGreaterThanOrEqualTo(110);
        }
    }
}
