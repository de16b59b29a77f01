package org.vaxline.access;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.vaxline.access.domain.AccessError;

import java.util.Arrays;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/** Keeps access's layers apart and the feature independent of the others (facility comes in through FacilityLookup). */
class AccessArchitectureTest {
    private static final JavaClasses ACCESS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.vaxline.access");

    @Test
    void theDomainIsPlainJava() {
        noClasses().that().resideInAPackage("org.vaxline.access.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jdbi..", "io.javalin..", "com.fasterxml.jackson..",
                        "picocli..", "java.sql..", "org.vaxline.platform.store..", "org.vaxline.platform.http..",
                        "org.vaxline.access.application..", "org.vaxline.access.store..", "org.vaxline.access.http..",
                        "org.vaxline.access.cli..")
                .check(ACCESS);
    }

    @Test
    void theApplicationKnowsNoAdapter() {
        noClasses().that().resideInAPackage("org.vaxline.access.application..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jdbi..", "io.javalin..", "picocli..", "java.sql..",
                        "org.vaxline.access.store..", "org.vaxline.access.http..", "org.vaxline.access.cli..")
                .check(ACCESS);
    }

    @Test
    void accessImportsNoOtherFeatureNorTheApp() {
        noClasses().should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("org.vaxline..")
                        .and(JavaClass.Predicates.resideOutsideOfPackages("org.vaxline.access..", "org.vaxline.platform..")))
                .check(ACCESS);
    }

    @Test
    void errorCodesCarryTheFeaturePrefix() {
        assertThat(Arrays.stream(AccessError.values()).map(Enum::name)).allMatch(name -> name.startsWith("ACCESS_"));
    }
}
