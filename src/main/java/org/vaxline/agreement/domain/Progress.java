package org.vaxline.agreement.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A commitment's state on one day: committed, delivered, outstanding, percent delivered, and the forecast at the
 * delivery rate so far (for milestones: counted in milestones done).
 *
 * @param ratePerDay          what arrived per day since signing, null before the first delivery
 * @param expectedCompletion  the day it completes at that rate; null when unknown
 * @param atRisk              true when it will not (or did not) complete by its due date
 */
public record Progress(Quantity committed, Quantity delivered, Quantity outstanding, BigDecimal percentDelivered,
                       BigDecimal ratePerDay, LocalDate expectedCompletion, boolean atRisk, DeliveryStatus status,
                       LocalDate asOf) {
}
