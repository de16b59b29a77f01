package org.vaxline.agreement.domain;

import org.vaxline.platform.error.ErrorCode;
import org.vaxline.platform.error.ErrorKind;

/** The stable codes of every way the agreement ledger refuses a request. */
public enum AgreementError implements ErrorCode {
    AGREEMENT_INVALID(ErrorKind.RULE, "Agreement is not valid"),
    UNKNOWN_REFERENCE(ErrorKind.RULE, "Refers to something that does not exist"),
    DELIVERY_INVALID(ErrorKind.RULE, "Delivery is not valid"),
    DELIVERY_EXCEEDS_COMMITMENT(ErrorKind.RULE, "Delivery exceeds what is outstanding"),
    DELIVERY_BEFORE_SIGNING(ErrorKind.RULE, "Delivery before the agreement was signed"),
    DELIVERY_TO_MILESTONE_COMMITMENT(ErrorKind.RULE, "Milestones are completed, not delivered"),
    DELIVERY_ALREADY_REVERSED(ErrorKind.CONFLICT, "Delivery already reversed"),
    REVERSAL_OF_REVERSAL(ErrorKind.RULE, "A reversal cannot be reversed"),
    MILESTONE_INVALID(ErrorKind.RULE, "Milestone completion is not valid"),
    MILESTONE_ALREADY_DONE(ErrorKind.CONFLICT, "Milestone already completed");

    private final ErrorKind kind;
    private final String title;

    AgreementError(ErrorKind kind, String title) {
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
