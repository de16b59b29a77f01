package org.vaxline.platform.http;

import org.vaxline.platform.error.VaxlineException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps every error on the FHIR facade, once, to a FHIR R4 {@code OperationOutcome} (plain JSON: the platform knows no
 * FHIR library). The issue's code follows the FHIR issue-type value set; our stable error code is the issue's
 * {@code details} coding, and each field at fault is one more issue with its {@code expression}.
 */
public final class OperationOutcomes {
    public static final String CONTENT_TYPE = "application/fhir+json";
    public static final String ERROR_CODE_SYSTEM = "https://vaxline.org/fhir/CodeSystem/error-code";

    private OperationOutcomes() {
    }

    public static Map<String, Object> of(VaxlineException e) {
        String type = issueType(Problems.status(e.code().kind()));
        List<Map<String, Object>> issues = new java.util.ArrayList<>();
        issues.add(issue(type, e.getMessage(), e.code().name(), e.code().title(), null));
        e.fieldErrors().forEach((field, reason) -> issues.add(issue(type, field + ": " + reason, e.code().name(),
                e.code().title(), field)));
        Map<String, Object> outcome = new LinkedHashMap<>();
        outcome.put("resourceType", "OperationOutcome");
        outcome.put("issue", issues);
        return outcome;
    }

    public static Map<String, Object> internal() {
        Map<String, Object> outcome = new LinkedHashMap<>();
        outcome.put("resourceType", "OperationOutcome");
        outcome.put("issue", List.of(issue("exception", "an unexpected failure; it is logged", "INTERNAL", "Internal error", null)));
        return outcome;
    }

    /** The FHIR issue type (http://hl7.org/fhir/issue-type) that an HTTP status stands for. */
    public static String issueType(int status) {
        return switch (status) {
            case 400 -> "invalid";
            case 401 -> "login";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "not-supported";
            case 409 -> "conflict";
            case 413 -> "too-costly";
            case 414 -> "too-long";
            case 415 -> "not-supported";
            case 422 -> "business-rule";
            default -> "exception";
        };
    }

    private static Map<String, Object> issue(String type, String diagnostics, String code, String title, String expression) {
        Map<String, Object> issue = new LinkedHashMap<>();
        issue.put("severity", "error");
        issue.put("code", type);
        issue.put("details", Map.of("coding", List.of(Map.of("system", ERROR_CODE_SYSTEM, "code", code, "display", title)),
                "text", title));
        issue.put("diagnostics", diagnostics);
        if (expression != null) {
            issue.put("expression", List.of(expression));
        }
        return issue;
    }
}
