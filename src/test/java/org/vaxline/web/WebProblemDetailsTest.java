package org.vaxline.web;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.vaxline.lot.domain.LotError;
import org.vaxline.platform.error.ErrorCode;
import org.vaxline.platform.error.PlatformError;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.http.ProblemDetails;
import org.vaxline.registry.domain.DoseDatePolicy;
import org.vaxline.registry.domain.RegistryError;
import org.vaxline.stock.domain.StockError;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The API's problem details follow Accept-Language: every error code of every feature has a Vietnamese and a Spanish one. */
class WebProblemDetailsTest {
    /** Every error code of every feature, found in the compiled classes so a new enum cannot be forgotten. */
    private static List<ErrorCode> everyCode() {
        List<ErrorCode> codes = new ArrayList<>();
        new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.vaxline")
                .stream().filter(c -> c.isEnum() && c.isAssignableTo(ErrorCode.class))
                .forEach(c -> Stream.of(c.reflect().getEnumConstants()).map(ErrorCode.class::cast).forEach(codes::add));
        return codes;
    }

    private static Properties bundle(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = WebProblemDetailsTest.class.getClassLoader().getResourceAsStream("platform/" + name + ".properties")) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyCodeOfEveryFeatureHasAVietnameseAndSpanishTitleAndDetail() throws Exception {
        List<ErrorCode> codes = everyCode();
        assertThat(codes).hasSizeGreaterThanOrEqualTo(117);
        for (String language : List.of("vi", "es")) {
            Properties titles = bundle("problem-titles_" + language);
            Properties details = bundle("problem-details_" + language);
            for (ErrorCode code : codes) {
                assertThat(titles).as("title of " + code.name() + " in " + language).containsKey(code.name());
                assertThat(details).as("detail of " + code.name() + " in " + language).containsKey(code.name());
                String template = details.getProperty(code.name());
                // a figure only inside an optional [ … ] segment, so the sentence reads whole when a throw site lacks it
                assertThat(template.replaceAll("\\[[^\\[\\]]*]", "")).as(code.name() + " in " + language).doesNotContain("{", "}", "[", "]");
                assertThat(ProblemDetails.sentence(code, language)).as(code.name()).isNotBlank().doesNotContain("{");
                assertThat(template).as(code.name() + " is translated, not the English title").isNotEqualTo(code.title());
            }
            assertThat(details.keySet()).allSatisfy(key -> assertThat((String) key).matches("[A-Z][A-Z0-9_]+|thing\\.[A-Za-z_]+"));
        }
    }

    @Test
    void theFiguresOfARefusalAreWrittenIntoTheSentenceInTheLanguagesForm() {
        VaxlineException tooSoon = new VaxlineException(RegistryError.DOSE_INTERVAL_TOO_SHORT, "givenOn: dose 2 …",
                Map.of("givenOn", "before the earliest date 2021-09-24"),
                Map.of("earliestOn", "2021-09-24", "doseNumber", 2, "seriesCode", "COVID-19", "minDays", 14, "previousOn", "2021-09-10"));
        assertThat(ProblemDetails.detail(tooSoon, "vi")).isEqualTo("Khoảng cách từ mũi trước quá ngắn: mũi 2 của COVID-19 chỉ được"
                + " tiêm từ ngày 24/09/2021 (14 ngày sau mũi ngày 10/09/2021); ghi intervalOverrideReason để ghi nhận sớm hơn.");
        assertThat(ProblemDetails.detail(tooSoon, "es")).startsWith("El intervalo desde la dosis anterior es demasiado corto: la dosis 2 de COVID-19"
                + " puede administrarse desde el 24/09/2021");
        assertThat(ProblemDetails.detail(tooSoon, "en")).isEqualTo("givenOn: dose 2 …");
        assertThat(ProblemDetails.detail(tooSoon, null)).isEqualTo("givenOn: dose 2 …");

        VaxlineException stock = new VaxlineException(StockError.STOCK_INSUFFICIENT, "quantity: …", Map.of("quantity", "exceeds"),
                Map.of("available", 1_050_000L, "requested", 2_000_000L));
        assertThat(ProblemDetails.detail(stock, "vi")).isEqualTo("Không đủ tồn kho: cần 2.000.000 liều nhưng chỉ còn 1.050.000 liều dùng được.");
    }

    @Test
    void aMissingFigureLeavesItsSegmentOutAndTheSentenceWhole() {
        VaxlineException bare = new VaxlineException(StockError.STOCK_INSUFFICIENT, "not enough");
        assertThat(ProblemDetails.detail(bare, "vi")).isEqualTo("Không đủ tồn kho.");
        VaxlineException validation = new VaxlineException(PlatformError.VALIDATION_FAILED, "a: x; b: y",
                new java.util.LinkedHashMap<>(Map.of("population", "must be ≥ 0")), Map.of());
        assertThat(ProblemDetails.detail(validation, "es")).isEqualTo("Los datos no son válidos: revise population; no se ha guardado nada.");
        assertThat(ProblemDetails.detail(VaxlineException.notFound("lot", "0192f0c4-0000-7000-8000-000000000099"), "vi"))
                .isEqualTo("Không tìm thấy lô vaccine 0192f0c4-0000-7000-8000-000000000099.");
    }

    @Test
    void theThrowSitesOfTheCommonRefusalsCarryTheirFigures() {
        VaxlineException future = catchThrowableOfType(VaxlineException.class,
                () -> DoseDatePolicy.check(LocalDate.of(2021, 9, 25), LocalDate.of(2021, 9, 24), null));
        assertThat(ProblemDetails.detail(future, "vi")).isEqualTo("Ngày tiêm 25/09/2021 sau ngày hôm nay (24/09/2021).");
        VaxlineException beforeArrival = catchThrowableOfType(VaxlineException.class,
                () -> DoseDatePolicy.requireAtSite(LocalDate.of(2021, 9, 1), LocalDate.of(2021, 9, 3)));
        assertThat(ProblemDetails.detail(beforeArrival, "es"))
                .isEqualTo("La fecha de la dosis 01/09/2021 es anterior a la llegada del lote al punto de vacunación (03/09/2021).");
        assertThat(ProblemDetails.sentence(LotError.LOT_EXPIRED, "vi")).isEqualTo("Lô đã hết hạn.");
    }
}
