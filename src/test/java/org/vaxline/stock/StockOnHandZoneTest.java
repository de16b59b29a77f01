package org.vaxline.stock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.store.Dialect;
import org.vaxline.stock.application.MovementRequest;
import org.vaxline.stock.application.OnHandReport;
import org.vaxline.stock.domain.MovementType;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vaxline.stock.StockWorld.ADMIN;
import static org.vaxline.stock.StockWorld.HANOI_CDC;

/**
 * "On hand at the end of a day" is a comparison of days in the programme's calendar: the same answer whatever the
 * host's time zone. The programme's clock stands at 03:00 on 2021-10-02 in Hà Nội, which is still 2021-10-01 in UTC
 * and in Los Angeles, and already 2021-10-02 in Kiritimati.
 */
class StockOnHandZoneTest {
    private static final Clock PROGRAMME = Clock.fixed(Instant.parse("2021-10-01T20:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final List<String> HOST_ZONES = List.of("UTC", "America/Los_Angeles", "Pacific/Kiritimati", "Asia/Ho_Chi_Minh");

    @TempDir
    Path tempDir;
    private StockWorld world;

    @AfterEach
    void close() {
        if (world != null) {
            world.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void theEndOfADayDoesNotDependOnTheHostsTimeZone(Dialect dialect) {
        TimeZone host = TimeZone.getDefault();
        try {
            world = new StockWorld(dialect, tempDir, PROGRAMME);
            UUID lot = world.releasedLot("Z1", "2022-03-01");
            move(MovementType.RECEIPT, lot, 1000, "2021-09-30");
            move(MovementType.ISSUE, lot, 100, "2021-10-01");
            move(MovementType.ISSUE, lot, 10, "2021-10-02");

            List<List<Long>> answers = new ArrayList<>();
            for (String zone : HOST_ZONES) {
                TimeZone.setDefault(TimeZone.getTimeZone(zone));
                answers.add(List.of(onHand("2021-09-29"), onHand("2021-09-30"), onHand("2021-10-01"), onHand("2021-10-02"), onHand(null)));
                assertThat(world.app.stock().queries().onHand(HANOI_CDC, null, null, null).asOf())
                        .as("today in the programme's zone, with the host in " + zone).isEqualTo(LocalDate.parse("2021-10-02"));
                assertThat(world.app.stock().today()).isEqualTo(LocalDate.parse("2021-10-02"));
            }
            assertThat(answers).as("the same answer in every host zone " + HOST_ZONES)
                    .containsOnly(List.of(0L, 1000L, 900L, 890L, 890L));
        } finally {
            TimeZone.setDefault(host);
        }
    }

    private void move(MovementType type, UUID lot, long doses, String on) {
        world.move(ADMIN, new MovementRequest(Ids.newId(), type, HANOI_CDC, lot, null, doses, LocalDate.parse(on), null, "ref",
                null, null, null, null));
    }

    private long onHand(String asOf) {
        OnHandReport report = world.app.stock().queries().onHand(HANOI_CDC, null, null, asOf == null ? null : LocalDate.parse(asOf));
        return report.lines().stream().mapToLong(OnHandReport.Line::quantity).sum();
    }
}
