package org.vaxline.stock.domain;

import org.vaxline.lot.domain.LotState;
import org.vaxline.platform.error.VaxlineException;

import java.time.LocalDate;
import java.util.Map;

/**
 * The facts a movement's day depends on, besides today: doses of a lot cannot move before the lot was made, and a
 * transfer cannot arrive before it was sent.
 */
public final class MovementDates {
    private MovementDates() {
    }

    /** @throws VaxlineException MOVEMENT_BEFORE_MANUFACTURE */
    public static void requireMade(LotState lot, LocalDate on) {
        if (on.isBefore(lot.manufacturedOn())) {
            throw new VaxlineException(StockError.MOVEMENT_BEFORE_MANUFACTURE,
                    "occurredOn: " + on + " is before lot " + lot.lotNumber() + " was made (" + lot.manufacturedOn() + ")",
                    Map.of("occurredOn", "must not be before " + lot.manufacturedOn() + ", when lot " + lot.lotNumber() + " was made"),
                    Map.of("lotId", lot.lotId(), "lotNumber", lot.lotNumber(), "manufacturedOn", lot.manufacturedOn().toString()));
        }
    }

    /** @throws VaxlineException TRANSFER_RECEIVED_BEFORE_SENT */
    public static void requireNotBeforeDispatch(LocalDate sentOn, LocalDate receivedOn) {
        if (receivedOn.isBefore(sentOn)) {
            throw new VaxlineException(StockError.TRANSFER_RECEIVED_BEFORE_SENT,
                    "occurredOn: " + receivedOn + " is before the transfer was sent (" + sentOn + ")",
                    Map.of("occurredOn", "must not be before " + sentOn + ", when the transfer was sent"),
                    Map.of("sentOn", sentOn.toString()));
        }
    }
}
