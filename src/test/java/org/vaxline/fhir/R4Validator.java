package org.vaxline.fhir;

import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.vaxline.fhir.mapping.Fhir;

import java.util.List;

/**
 * HAPI's instance validator, offline: the R4 base profiles and the value sets they bind, with no terminology server,
 * so codes from systems it cannot expand (SNOMED CT, ICD-11) are not held against us but structure, cardinality,
 * invariants and the bound FHIR code systems are. Built once per test run: loading the profiles takes seconds.
 */
final class R4Validator {
    private static final FhirValidator VALIDATOR = build();

    private R4Validator() {
    }

    private static FhirValidator build() {
        var ctx = Fhir.context();
        ValidationSupportChain chain = new ValidationSupportChain(
                new DefaultProfileValidationSupport(ctx),
                new CommonCodeSystemsTerminologyService(ctx),
                new InMemoryTerminologyServerValidationSupport(ctx),
                new SnapshotGeneratingValidationSupport(ctx));
        FhirInstanceValidator instance = new FhirInstanceValidator(chain);
        // Without a terminology server, a code from an unknown external system is only a warning, not an error
        instance.setNoTerminologyChecks(false);
        instance.setErrorForUnknownProfiles(true);
        return ctx.newValidator().registerValidatorModule(instance);
    }

    /** The error- and fatal-level messages HAPI's validator has for one resource in FHIR JSON; empty when valid. */
    static List<String> errors(String json) {
        ValidationResult result = VALIDATOR.validateWithResult(json);
        return result.getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .map(R4Validator::describe)
                .toList();
    }

    private static String describe(SingleValidationMessage m) {
        return m.getSeverity() + " " + m.getLocationString() + ": " + m.getMessage();
    }
}
