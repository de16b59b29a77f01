package org.vaxline.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Domain cores are plain Java: no SQL, HTTP, JSON or CLI framework. */
class DomainPurityTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.vaxline");

    @Test
    void domainPackagesImportNoFramework() {
        noClasses().that().resideInAPackage("org.vaxline..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jdbi..", "io.javalin..", "com.fasterxml.jackson..",
                        "picocli..", "java.sql..")
                .check(CLASSES);
    }

    @Test
    void masterDataFeaturesDoNotImportTheAppOrMasterData() {
        noClasses().that().resideInAnyPackage("org.vaxline.catalog..", "org.vaxline.partner..", "org.vaxline.facility..")
                .should().dependOnClassesThat().resideInAnyPackage("org.vaxline.masterdata..", "org.vaxline.app..")
                .check(CLASSES);
    }
}
