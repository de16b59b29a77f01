package org.vaxline.agreement.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Forecasts completion at the delivery rate so far: what arrived between signing and the day asked about, per day,
 * extended over what is still outstanding. Milestones are forecast the same way, counted in milestones done.
 */
public final class ForecastPolicy {
    public static final String MILESTONES = "milestones";
    private static final long MAX_FORECAST_DAYS = 36_525;

    private ForecastPolicy() {
    }

    public static Progress quantityProgress(Commitment commitment, LocalDate signedOn, Fulfilment fulfilment, LocalDate asOf) {
        return progress(commitment.quantity(), fulfilment.delivered(), fulfilment.lastDeliveredOn(),
                commitment.dueDate(), signedOn, asOf);
    }

    /** Technology transfer: progress counts the milestones done by the day asked about. */
    public static Progress milestoneProgress(Commitment commitment, LocalDate signedOn, List<LocalDate> doneDates,
                                             LocalDate asOf) {
        List<LocalDate> done = doneDates.stream().filter(d -> d != null && !d.isAfter(asOf)).toList();
        LocalDate last = done.stream().max(LocalDate::compareTo).orElse(null);
        return progress(Quantity.of(commitment.milestones().size(), MILESTONES), Quantity.of(done.size(), MILESTONES),
                last, commitment.dueDate(), signedOn, asOf);
    }

    private static Progress progress(Quantity committed, Quantity delivered, LocalDate lastDone, LocalDate due,
                                     LocalDate signedOn, LocalDate asOf) {
        Quantity outstanding = committed.minus(delivered);
        if (outstanding.signum() < 0) {
            outstanding = Quantity.of(0, committed.unit());
        }
        BigDecimal percent = delivered.amount().multiply(BigDecimal.valueOf(100))
                .divide(committed.amount(), 1, RoundingMode.HALF_UP);
        boolean overdue = asOf.isAfter(due);
        if (outstanding.signum() == 0) {
            boolean late = lastDone != null && lastDone.isAfter(due);
            return new Progress(committed, delivered, outstanding, percent, shown(rate(delivered, signedOn, asOf)),
                    lastDone, late, DeliveryStatus.COMPLETE, asOf);
        }
        if (delivered.signum() <= 0) {
            return new Progress(committed, delivered, outstanding, percent, null, null, overdue,
                    overdue ? DeliveryStatus.OVERDUE : DeliveryStatus.NOT_STARTED, asOf);
        }
        BigDecimal rate = rate(delivered, signedOn, asOf);
        BigDecimal daysLeft = outstanding.amount().divide(rate, 0, RoundingMode.CEILING);
        // Beyond a century the date means nothing; the commitment is simply at risk.
        LocalDate expected = daysLeft.compareTo(BigDecimal.valueOf(MAX_FORECAST_DAYS)) > 0
                ? null : asOf.plusDays(daysLeft.longValueExact());
        boolean late = expected == null || expected.isAfter(due);
        DeliveryStatus status = overdue ? DeliveryStatus.OVERDUE : late ? DeliveryStatus.AT_RISK : DeliveryStatus.ON_TRACK;
        return new Progress(committed, delivered, outstanding, percent, shown(rate), expected, late, status, asOf);
    }

    /** Amount per day from signing to the day asked about, counting at least one day. */
    private static BigDecimal rate(Quantity delivered, LocalDate signedOn, LocalDate asOf) {
        long days = Math.max(1, ChronoUnit.DAYS.between(signedOn, asOf) + 1);
        return delivered.amount().divide(BigDecimal.valueOf(days), 12, RoundingMode.HALF_UP);
    }

    private static BigDecimal shown(BigDecimal rate) {
        return rate.setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
