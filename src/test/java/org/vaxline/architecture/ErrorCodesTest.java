package org.vaxline.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.vaxline.platform.error.ErrorCode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every error code is stable and unique across the project, so a client can act on it. */
class ErrorCodesTest {
    @Test
    void everyErrorCodeIsUniqueAndTitled() {
        List<JavaClass> enums = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.vaxline").stream()
                .filter(c -> c.isEnum() && c.isAssignableTo(ErrorCode.class)).toList();
        assertThat(enums).hasSizeGreaterThanOrEqualTo(3);
        Map<String, String> owner = new HashMap<>();
        List<String> duplicates = new ArrayList<>();
        for (JavaClass type : enums) {
            for (Object constant : type.reflect().getEnumConstants()) {
                ErrorCode code = (ErrorCode) constant;
                assertThat(code.title()).as(code.name()).isNotBlank();
                assertThat(code.name()).as("codes are UPPER_SNAKE_CASE").matches("[A-Z][A-Z0-9_]+");
                String previous = owner.put(code.name(), type.getName());
                if (previous != null) {
                    duplicates.add(code.name() + " in " + previous + " and " + type.getName());
                }
            }
        }
        assertThat(duplicates).as("error codes used twice").isEmpty();
    }
}
