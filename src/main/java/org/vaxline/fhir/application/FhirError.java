package org.vaxline.fhir.application;

import org.vaxline.platform.error.ErrorCode;
import org.vaxline.platform.error.ErrorKind;

/** Refusals of the FHIR facade, each with a stable code (answered as an OperationOutcome). */
public enum FhirError implements ErrorCode {
    FHIR_SEARCH_INVALID(ErrorKind.MALFORMED, "Search parameter not understood"),
    FHIR_RESOURCE_INVALID(ErrorKind.MALFORMED, "Resource not valid FHIR R4"),
    FHIR_RESOURCE_UNPROCESSABLE(ErrorKind.RULE, "Resource cannot be recorded"),
    FHIR_EXPORT_NOT_READY(ErrorKind.NOT_FOUND, "Export not found");

    private final ErrorKind kind;
    private final String title;

    FhirError(ErrorKind kind, String title) {
        this.kind = kind;
        this.title = title;
    }

    @Override
    public ErrorKind kind() {
        return kind;
    }

    @Override
    public String title() {
        return title;
    }
}
