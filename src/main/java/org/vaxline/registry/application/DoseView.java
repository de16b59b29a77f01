package org.vaxline.registry.application;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.vaxline.registry.domain.Dose;
import org.vaxline.registry.domain.DoseReversal;

/** A dose as recorded and, when it was recorded in error and reversed, its reversal (null otherwise). */
public record DoseView(@JsonUnwrapped Dose dose, DoseReversal reversal) {
}
