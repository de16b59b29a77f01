package org.vaxline.certificate.domain;

/** One stage's verdict and, when it did not pass, why. */
public record StageResult(Stage stage, Verdict verdict, String detail) {
    public static StageResult pass(Stage stage) {
        return new StageResult(stage, Verdict.PASS, null);
    }

    public static StageResult pass(Stage stage, String detail) {
        return new StageResult(stage, Verdict.PASS, detail);
    }

    public static StageResult fail(Stage stage, String detail) {
        return new StageResult(stage, Verdict.FAIL, detail);
    }

    public static StageResult skipped(Stage stage) {
        return new StageResult(stage, Verdict.SKIPPED, null);
    }
}
