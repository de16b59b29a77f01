package org.vaxline.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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
        noClasses().that().resideInAPackage("org.vaxline.platform..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.vaxline.platform..", "java..", "javax..",
                        "io.javalin..", "org.jdbi..", "com.fasterxml..", "picocli..", "org.flywaydb..", "com.zaxxer..",
                        "org.slf4j..", "jakarta..", "org.eclipse.jetty..", "kotlin..", "org.jetbrains..")
                .check(classes);
    }

    @Test
    void nothingImportsTheCompositionRoot() {
        noClasses().that().resideOutsideOfPackage("org.vaxline.app..")
                .should().dependOnClassesThat().resideInAPackage("org.vaxline.app..")
                .check(classes);
    }

    @Test
    void featuresImportOnlyFeaturesBelowThem() {
        // The chain of DESIGN.md: agreement stands on catalog, partner and facility; access stands on nothing but the platform.
        noClasses().that().resideInAnyPackage("org.vaxline.catalog..", "org.vaxline.partner..", "org.vaxline.facility..")
                .should().dependOnClassesThat().resideInAnyPackage("org.vaxline.agreement..", "org.vaxline.access..",
                        "org.vaxline.masterdata..")
                .check(classes);
        noClasses().that().resideInAPackage("org.vaxline.access..")
                .should().dependOnClassesThat().resideInAnyPackage("org.vaxline.agreement..", "org.vaxline.masterdata..",
                        "org.vaxline.catalog..", "org.vaxline.partner..", "org.vaxline.facility..")
                .check(classes);
        noClasses().that().resideInAPackage("org.vaxline.agreement..")
                .should().dependOnClassesThat().resideInAnyPackage("org.vaxline.masterdata..", "org.vaxline.access..")
                .check(classes);
    }

    @Test
    void featuresHaveNoCycles() {
        slices().matching("org.vaxline.(*)..").should().beFreeOfCycles().check(classes);
    }
}
