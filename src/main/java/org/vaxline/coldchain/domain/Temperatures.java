package org.vaxline.coldchain.domain;

import java.math.BigDecimal;

/** Temperatures as people write them: 2, not 2.0; -0.5 as it is. */
public final class Temperatures {
    private Temperatures() {
    }

    public static String format(double celsius) {
        return BigDecimal.valueOf(celsius).stripTrailingZeros().toPlainString();
    }
}
