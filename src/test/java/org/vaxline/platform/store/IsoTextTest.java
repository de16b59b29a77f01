package org.vaxline.platform.store;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class IsoTextTest {
    @Test
    void readsBackWhatTheJdkWrote() {
        Random random = new Random(13);
        for (int i = 0; i < 100_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(-62_000_000_000L, 253_402_300_799L),
                    switch (i % 4) {
                        case 0 -> 0;
                        case 1 -> random.nextInt(1000) * 1_000_000;
                        case 2 -> random.nextInt(1_000_000) * 1_000;
                        default -> random.nextInt(1_000_000_000);
                    });
            assertEquals(instant, IsoText.instant(instant.toString()), instant::toString);
            LocalDate day = LocalDate.ofEpochDay(random.nextLong(-700_000, 2_900_000));
            assertEquals(day, IsoText.date(day.toString()), day::toString);
        }
    }

    @Test
    void takesWhatTheJdkTakesBeyondItsOwnShape() {
        for (String text : new String[]{"2021-10-01T09:00:00.5Z", "2021-10-01T09:00:00.1234Z", "+10000-01-01T00:00:00Z",
                "-0001-12-31T23:59:59Z", "2021-10-01T23:59:60Z", "2021-10-01T24:00:00Z", "2021-10-01T09:00:00.Z"}) {
            assertEquals(Instant.parse(text), IsoText.instant(text), text);
        }
        assertEquals(LocalDate.parse("+10000-01-01"), IsoText.date("+10000-01-01"));
    }

    @Test
    void refusesWhatTheJdkRefuses() {
        for (String text : new String[]{"2021-02-30", "2021-13-01", "2021-1-01", "2021-10-0x", ""}) {
            assertThrows(DateTimeParseException.class, () -> IsoText.date(text), text);
        }
        for (String text : new String[]{"2021-02-30T00:00:00Z", "2021-10-01T25:00:00Z",
                "2021-10-01T09:00:00", "2021-10-01 09:00:00Z", "2021-10-01T09:00:00.1234567890Z"}) {
            assertThrows(DateTimeParseException.class, () -> IsoText.instant(text), text);
        }
    }
}
