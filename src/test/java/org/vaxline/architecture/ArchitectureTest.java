package org.vaxline.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Keeps the house standing: plain domain cores, a platform that knows no feature, features that never import upward. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.vaxline");
    }

    @Test
    void domainCoresArePlainJava() {
        noClasses().that().resideInAPackage("org.vaxline..domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.javalin..", "org.jdbi..", "com.fasterxml.jackson..", "picocli..", "java.sql..",
                        "javax.sql..", "org.flywaydb..", "com.zaxxer..", "jakarta..", "org.eclipse.jetty..",
                        "org.vaxline.platform.http..", "org.vaxline.platform.store..", "org.vaxline.platform.cli..",
                        "org.vaxline..application..", "org.vaxline..store..", "org.vaxline..http..", "org.vaxline..cli..")
                .check(classes);
    }

    @Test
    void domainCoresDoNotReadTheSystemClock() {
        noClasses().that().resideInAPackage("org.vaxline..domain..")
                .should().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
                .orShould().callMethod(java.time.Clock.class, "systemUTC")
                .check(classes);
    }

    @Test
    void thePlatformImportsNoFeature() {
        // libraries only; the PostgreSQL driver for its COPY API, which the store's held writes use (PostgresCopy), and
        // SQLite's for its connection and statement reset, which kept statements use (SqliteStatementCache)
        noClasses().that().resideInAPackage("org.vaxline.platform..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.vaxline.platform..", "java..", "javax..",
                        "io.javalin..", "org.jdbi..", "com.fasterxml..", "picocli..", "org.flywaydb..", "com.zaxxer..",
                        "org.slf4j..", "jakarta..", "io.micrometer..", "org.eclipse.jetty..", "kotlin..", "org.jetbrains..",
                        "org.postgresql..", "org.sqlite..")
                .check(classes);
    }

    @Test
    void nothingImportsTheCompositionRoot() {
        noClasses().that().resideOutsideOfPackage("org.vaxline.app..")
                .should().dependOnClassesThat().resideInAPackage("org.vaxline.app..")
                .check(classes);
    }

    /** Each feature and the features below it in the chain that it may use (DESIGN.md: registry → stock → agreement → catalog, facility). */
    private static final Map<String, Set<String>> MAY_USE = Map.ofEntries(
            Map.entry("gs1", Set.of()),
            Map.entry("catalog", Set.of("gs1")),
            Map.entry("partner", Set.of()),
            Map.entry("facility", Set.of()),
            Map.entry("access", Set.of()),
            Map.entry("masterdata", Set.of("catalog", "partner", "facility", "gs1")),
            Map.entry("agreement", Set.of()),
            Map.entry("lot", Set.of("catalog", "facility", "gs1")),
            Map.entry("person", Set.of("facility")),
            Map.entry("stock", Set.of("catalog", "facility", "lot", "gs1")),
            Map.entry("shipment", Set.of("catalog", "facility", "lot", "gs1", "stock", "agreement")),
            Map.entry("coldchain", Set.of("catalog", "facility", "lot", "stock")),
            Map.entry("coverage", Set.of("facility")),
            Map.entry("aefi", Set.of("facility", "lot", "stock")),
            Map.entry("registry", Set.of("catalog", "facility", "lot", "person", "stock")),
            Map.entry("registryimport", Set.of("person", "facility", "catalog", "lot")),
            Map.entry("certificate", Set.of("registry", "person", "catalog", "lot", "facility")),
            Map.entry("fhir", Set.of("registry", "person", "catalog", "lot", "facility", "registryimport")),
            Map.entry("dhis2", Set.of("coverage", "stock", "registry", "catalog", "facility")),
            // the web application reads every feature through its public application services, as the API does
            Map.entry("web", Set.of("access", "agreement", "shipment", "stock", "lot", "registry", "coverage", "aefi",
                    "facility", "catalog", "coldchain", "person", "partner")),
            // the vaccination site's workspace: a web page above the web application, calling the use cases it records through
            Map.entry("site", Set.of("web", "access", "registry", "person", "stock", "lot", "facility", "catalog", "gs1",
                    "certificate", "aefi")));

    @Test
    void everyFeatureDeclaresWhatItMayUse() {
        Set<String> features = new java.util.TreeSet<>();
        classes.forEach(c -> {
            String[] parts = c.getPackageName().split("\\.");
            if (parts.length > 2 && !parts[2].equals("platform") && !parts[2].equals("app")) {
                features.add(parts[2]);
            }
        });
        org.assertj.core.api.Assertions.assertThat(MAY_USE.keySet()).as("features listed in MAY_USE").containsAll(features);
    }

    @Test
    void featuresImportOnlyFeaturesBelowThem() {
        MAY_USE.forEach((feature, allowed) -> {
            String[] forbidden = MAY_USE.keySet().stream()
                    .filter(other -> !other.equals(feature) && !allowed.contains(other))
                    .map(other -> "org.vaxline." + other + "..").toArray(String[]::new);
            noClasses().that().resideInAPackage("org.vaxline." + feature + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                    .because(feature + " may use only " + allowed)
                    .check(classes);
        });
    }

    @Test
    void featuresHaveNoCycles() {
        slices().matching("org.vaxline.(*)..").should().beFreeOfCycles().check(classes);
    }
}
