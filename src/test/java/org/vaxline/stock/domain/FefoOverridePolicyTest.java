package org.vaxline.stock.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vaxline.facility.domain.FacilityType;
import org.vaxline.lot.domain.LotState;
import org.vaxline.lot.domain.LotStatus;
import org.vaxline.platform.error.VaxlineException;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** The first-expiry override rule on its own: one row per fact that decides it, no store. */
class FefoOverridePolicyTest {
    private static final LocalDate DAY = LocalDate.parse("2021-10-01");
    private static final UUID HERE = UUID.fromString("00000000-0000-7000-8000-000000000001");
    private static final UUID ELSEWHERE = UUID.fromString("00000000-0000-7000-8000-000000000002");
    private static final UUID ABDALA = UUID.fromString("00000000-0000-7000-8000-0000000000a1");
    private static final UUID OTHER_PRODUCT = UUID.fromString("00000000-0000-7000-8000-0000000000a2");
    private static final LotState NAMED = lot("NAMED", ABDALA, "2022-03-01", LotStatus.RELEASED, Set.of(), "2021-06-01");

    static Stream<Arguments> cases() {
        LotBalance earlier = new LotBalance(lot("EARLY", ABDALA, "2021-12-01", LotStatus.RELEASED, Set.of(), "2021-06-01"), 100);
        return Stream.of(
                // description, movement, at, other lots on hand, reason, expected outcome (null: refused)
                arguments("an earlier usable lot, no reason", MovementType.ISSUE, FacilityType.PROVINCE, List.of(earlier), null, null),
                arguments("an earlier usable lot, a blank reason", MovementType.ISSUE, FacilityType.PROVINCE, List.of(earlier), "  ", null),
                arguments("an earlier usable lot, a reason", MovementType.ISSUE, FacilityType.PROVINCE, List.of(earlier),
                        "the earlier lot's vials are frozen", FefoOverridePolicy.Outcome.OVERRIDDEN),
                arguments("a transfer from the national store", MovementType.TRANSFER_OUT, FacilityType.NATIONAL_STORE, List.of(earlier), null, null),
                arguments("a transfer from a regional institute", MovementType.TRANSFER_OUT, FacilityType.REGIONAL_INSTITUTE, List.of(earlier), null, null),
                arguments("an issue at a commune store", MovementType.ISSUE, FacilityType.COMMUNE, List.of(earlier), null, null),
                arguments("at a vaccination site: the vial in hand", MovementType.ISSUE, FacilityType.SITE, List.of(earlier), null,
                        FefoOverridePolicy.Outcome.NOT_BOUND),
                arguments("a transfer back from a site", MovementType.TRANSFER_OUT, FacilityType.SITE, List.of(earlier), null,
                        FefoOverridePolicy.Outcome.NOT_BOUND),
                arguments("wastage names the lot wasted", MovementType.WASTAGE, FacilityType.PROVINCE, List.of(earlier), null,
                        FefoOverridePolicy.Outcome.NOT_BOUND),
                arguments("nothing else on hand", MovementType.ISSUE, FacilityType.PROVINCE, List.of(), null, FefoOverridePolicy.Outcome.FIRST_EXPIRY),
                arguments("the named lot itself on hand", MovementType.ISSUE, FacilityType.PROVINCE, List.of(new LotBalance(NAMED, 50)), null,
                        FefoOverridePolicy.Outcome.FIRST_EXPIRY),
                arguments("a later lot", MovementType.ISSUE, FacilityType.PROVINCE,
                        List.of(balance("LATER", ABDALA, "2022-06-01", LotStatus.RELEASED, Set.of(), "2021-06-01", 100)), null,
                        FefoOverridePolicy.Outcome.FIRST_EXPIRY),
                arguments("a lot expiring the same day", MovementType.ISSUE, FacilityType.PROVINCE,
                        List.of(balance("TWIN", ABDALA, "2022-03-01", LotStatus.RELEASED, Set.of(), "2021-06-01", 100)), null,
                        FefoOverridePolicy.Outcome.FIRST_EXPIRY),
                arguments("an earlier lot in quarantine", MovementType.ISSUE, FacilityType.PROVINCE,
                        List.of(balance("Q", ABDALA, "2021-12-01", LotStatus.QUARANTINED, Set.of(), "2021-06-01", 100)), null,
                        FefoOverridePolicy.Outcome.FIRST_EXPIRY),
                arguments("an earlier lot rejected", MovementType.ISSUE, FacilityType.PROVINCE,
                        List.of(balance("R", ABDALA, "2021-12-01", LotStatus.REJECTED, Set.of(), "2021-06-01", 100)), null,
                        FefoOverridePolicy.Outcome.FIRST_EXPIRY),
                arguments("an earlier lot expired that day", MovementType.ISSUE, FacilityType.PROVINCE,
                        List.of(balance("OLD", ABDALA, "2021-09-30", LotStatus.RELEASED, Set.of(), "2021-03-01", 100)), null,
                        FefoOverridePolicy.Outcome.FIRST_EXPIRY),
                arguments("an earlier lot whose last day is that day", MovementType.ISSUE, FacilityType.PROVINCE,
                        List.of(balance("LAST", ABDALA, "2021-10-01", LotStatus.RELEASED, Set.of(), "2021-03-01", 100)), null, null),
                arguments("an earlier lot on hold here", MovementType.ISSUE, FacilityType.PROVINCE,
                        List.of(balance("H", ABDALA, "2021-12-01", LotStatus.RELEASED, Set.of(HERE), "2021-06-01", 100)), null,
                        FefoOverridePolicy.Outcome.FIRST_EXPIRY),
                arguments("an earlier lot on hold elsewhere only", MovementType.ISSUE, FacilityType.PROVINCE,
                        List.of(balance("H", ABDALA, "2021-12-01", LotStatus.RELEASED, Set.of(ELSEWHERE), "2021-06-01", 100)), null, null),
                arguments("an earlier lot with no doses here", MovementType.ISSUE, FacilityType.PROVINCE,
                        List.of(balance("E", ABDALA, "2021-12-01", LotStatus.RELEASED, Set.of(), "2021-06-01", 0)), null,
                        FefoOverridePolicy.Outcome.FIRST_EXPIRY),
                arguments("an earlier lot of another product", MovementType.ISSUE, FacilityType.PROVINCE,
                        List.of(balance("X", OTHER_PRODUCT, "2021-12-01", LotStatus.RELEASED, Set.of(), "2021-06-01", 100)), null,
                        FefoOverridePolicy.Outcome.FIRST_EXPIRY),
                arguments("an earlier lot not yet made that day", MovementType.ISSUE, FacilityType.PROVINCE,
                        List.of(balance("NEW", ABDALA, "2021-12-01", LotStatus.RELEASED, Set.of(), "2021-10-05", 100)), null,
                        FefoOverridePolicy.Outcome.FIRST_EXPIRY));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void decides(String description, MovementType type, FacilityType at, List<LotBalance> onHand, String reason,
                 FefoOverridePolicy.Outcome expected) {
        if (expected != null) {
            assertThat(FefoOverridePolicy.decide(type, at, NAMED, onHand, HERE, DAY, reason)).isEqualTo(expected);
            return;
        }
        VaxlineException refused = catchThrowableOfType(VaxlineException.class,
                () -> FefoOverridePolicy.decide(type, at, NAMED, onHand, HERE, DAY, reason));
        assertThat(refused).as("refused").isNotNull();
        assertThat(refused.code()).isEqualTo(StockError.FEFO_BYPASS_NEEDS_REASON);
        assertThat(refused.fieldErrors()).containsKey("fefoOverrideReason");
        LotState first = onHand.get(0).lot();
        assertThat(refused.details()).containsEntry("earlierLotId", first.lotId())
                .containsEntry("earlierLotNumber", first.lotNumber())
                .containsEntry("earlierExpiresOn", first.expiresOn().toString());
    }

    @org.junit.jupiter.api.Test
    void namesTheEarliestOfSeveralEarlierLots() {
        List<LotBalance> onHand = List.of(
                balance("B", ABDALA, "2021-12-15", LotStatus.RELEASED, Set.of(), "2021-06-01", 10),
                balance("A", ABDALA, "2021-11-15", LotStatus.RELEASED, Set.of(), "2021-06-01", 10),
                balance("C", ABDALA, "2021-11-15", LotStatus.QUARANTINED, Set.of(), "2021-06-01", 10));
        VaxlineException refused = catchThrowableOfType(VaxlineException.class,
                () -> FefoOverridePolicy.decide(MovementType.ISSUE, FacilityType.PROVINCE, NAMED, onHand, HERE, DAY, null));
        assertThat(refused.details()).containsEntry("earlierLotNumber", "A").containsEntry("earlierExpiresOn", "2021-11-15");
        assertThat(refused.getMessage()).contains("A").contains("2021-11-15");
    }

    private static LotBalance balance(String number, UUID product, String expires, LotStatus status, Set<UUID> heldAt,
                                      String made, long quantity) {
        return new LotBalance(lot(number, product, expires, status, heldAt, made), quantity);
    }

    private static LotState lot(String number, UUID product, String expires, LotStatus status, Set<UUID> heldAt, String made) {
        LocalDate expiry = LocalDate.parse(expires);
        return new LotState(UUID.nameUUIDFromBytes(number.getBytes()), product, number, "08600000000000", LocalDate.parse(made),
                expiry, expiry, status, null, false, heldAt);
    }
}
