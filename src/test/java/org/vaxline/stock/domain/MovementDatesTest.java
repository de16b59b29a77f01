package org.vaxline.stock.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vaxline.lot.domain.LotState;
import org.vaxline.lot.domain.LotStatus;
import org.vaxline.platform.error.ErrorCode;
import org.vaxline.platform.error.VaxlineException;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The dates a movement depends on besides today: the lot's making and, for a receipt, the transfer's dispatch. */
class MovementDatesTest {

    @ParameterizedTest(name = "lot made {0}, moved {1}: {2}")
    @CsvSource(nullValues = "-", value = {
            "2021-06-01, 2021-06-01, -",
            "2021-06-01, 2021-10-01, -",
            "2021-06-01, 2021-05-31, MOVEMENT_BEFORE_MANUFACTURE",
            "2021-10-02, 2021-10-01, MOVEMENT_BEFORE_MANUFACTURE"})
    void aLotMovesOnlyOnceMade(LocalDate made, LocalDate on, String refusal) {
        LotState lot = new LotState(UUID.randomUUID(), UUID.randomUUID(), "A2106", null, made, made.plusMonths(9),
                made.plusMonths(9), LotStatus.RELEASED, null, false, Set.of());
        assertRefusal(() -> MovementDates.requireMade(lot, on), refusal, "occurredOn");
    }

    @ParameterizedTest(name = "sent {0}, received {1}: {2}")
    @CsvSource(nullValues = "-", value = {
            "2021-10-01, 2021-10-01, -",
            "2021-10-01, 2021-10-03, -",
            "2021-10-01, 2021-09-30, TRANSFER_RECEIVED_BEFORE_SENT"})
    void aTransferArrivesNotBeforeItLeft(LocalDate sent, LocalDate received, String refusal) {
        assertRefusal(() -> MovementDates.requireNotBeforeDispatch(sent, received), refusal, "occurredOn");
    }

    private static void assertRefusal(Runnable check, String refusal, String field) {
        if (refusal == null) {
            check.run();
            return;
        }
        VaxlineException refused = catchThrowableOfType(VaxlineException.class, check::run);
        assertThat(refused).as("refused").isNotNull();
        ErrorCode code = refused.code();
        assertThat(code).isEqualTo(StockError.valueOf(refusal));
        assertThat(refused.fieldErrors()).containsKey(field);
    }
}
