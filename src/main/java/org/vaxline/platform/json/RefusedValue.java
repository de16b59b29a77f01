package org.vaxline.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** A JSON value of the right shape that our input rules refuse; its message is the reason, for people. */
final class RefusedValue extends MismatchedInputException {
    RefusedValue(JsonParser parser, String reason, Class<?> type) {
        super(parser, reason, type);
    }

    String reason() {
        return getOriginalMessage();
    }
}
