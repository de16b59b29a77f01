package org.vaxline.agreement.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount with its unit: whole doses of a vaccine, or tonnes of rice to three decimals (a kilogram).
 * Stored as thousandths so that sums are exact on every database.
 */
public record Quantity(BigDecimal amount, String unit) {
    public static final String DOSES = "doses";
    public static final int MAX_SCALE = 3;

    public Quantity {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(unit, "unit");
        amount = amount.stripTrailingZeros();
        if (amount.scale() < 0) {
            amount = amount.setScale(0, RoundingMode.UNNECESSARY);
        }
    }

    public static Quantity of(long amount, String unit) {
        return new Quantity(BigDecimal.valueOf(amount), unit);
    }

    public static Quantity ofMilli(long milli, String unit) {
        return new Quantity(BigDecimal.valueOf(milli, MAX_SCALE), unit);
    }

    /** Null when the amount has more decimals than a thousandth, or is too large to keep. */
    public static Long toMilli(BigDecimal amount) {
        try {
            return amount.movePointRight(MAX_SCALE).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    public long milli() {
        Long milli = toMilli(amount);
        if (milli == null) {
            throw new IllegalStateException("quantity " + amount + " cannot be kept to a thousandth");
        }
        return milli;
    }

    public boolean isWhole() {
        return amount.scale() <= 0;
    }

    public int signum() {
        return amount.signum();
    }

    public Quantity plus(Quantity other) {
        requireSameUnit(other);
        return new Quantity(amount.add(other.amount), unit);
    }

    public Quantity minus(Quantity other) {
        requireSameUnit(other);
        return new Quantity(amount.subtract(other.amount), unit);
    }

    public Quantity negate() {
        return new Quantity(amount.negate(), unit);
    }

    public int compareTo(Quantity other) {
        requireSameUnit(other);
        return amount.compareTo(other.amount);
    }

    private void requireSameUnit(Quantity other) {
        if (!unit.equals(other.unit)) {
            throw new IllegalArgumentException("cannot combine " + unit + " with " + other.unit);
        }
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + unit;
    }
}
