package org.vaxline.stock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vaxline.masterdata.demo.DemoMasterData;
import org.vaxline.platform.error.PlatformError;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.id.Recorded;
import org.vaxline.platform.store.Dialect;
import org.vaxline.stock.application.MovementRequest;
import org.vaxline.stock.application.MovementRequest.ReceivedLine;
import org.vaxline.stock.domain.MovementType;
import org.vaxline.stock.domain.StockMovement;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.vaxline.stock.StockWorld.ADMIN;
import static org.vaxline.stock.StockWorld.HANOI_CDC;
import static org.vaxline.stock.StockWorld.HANOI_COMMUNE;
import static org.vaxline.stock.StockWorld.NATIONAL_STORE;
import static org.vaxline.stock.StockWorld.NIHE;
import static org.vaxline.stock.StockWorld.TODAY;

/**
 * A used request id answers the stored entries for the same content and 409 IDEMPOTENCY_CONFLICT for any other, for
 * every movement type, on both stores. The content is what the client sent: each row of a type's table differs from
 * the recorded request in one member only, and books nothing.
 */
class StockIdempotencyTest {
    private static final UUID CDC_02 = DemoMasterData.facilityId("CDC-02");

    @TempDir
    Path tempDir;
    private StockWorld world;

    @AfterEach
    void close() {
        if (world != null) {
            world.close();
        }
    }

    static Stream<Arguments> scenarios() {
        return Arrays.stream(Dialect.values()).flatMap(d -> Arrays.stream(Scenario.values()).map(s -> Arguments.of(d, s)));
    }

    /** One movement type set up in a fresh world: the request first recorded, and what may differ in a retry. */
    enum Scenario {
        RECEIPT, ISSUE_OF_A_NAMED_LOT, ISSUE_BY_FIRST_EXPIRY, TRANSFER_OUT, TRANSFER_OUT_OUTSIDE_THE_HIERARCHY,
        TRANSFER_IN, TRANSFER_IN_OF_SEVERAL_LOTS, ADJUSTMENT, WASTAGE, EXPIRY, RECALL, RETURN, REVERSAL
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("scenarios")
    void aRetryWithTheSameContentIsAnsweredAndAnyOtherContentIsRefused(Dialect dialect, Scenario scenario) {
        world = new StockWorld(dialect, tempDir);
        Setup setup = setUp(world, scenario);
        Recorded<List<StockMovement>> first = world.app.stock().recordMovement().record(ADMIN, setup.request);
        assertThat(first.isNew()).isTrue();
        int entries = world.entries();
        Map<String, Long> balances = balances(world, setup.lots);

        for (Map.Entry<String, MovementRequest> same : setup.sameContent().entrySet()) {
            Recorded<List<StockMovement>> retry = world.app.stock().recordMovement().record(ADMIN, same.getValue());
            assertThat(retry.isNew()).as("a retry " + same.getKey()).isFalse();
            assertThat(retry.value()).as("a retry " + same.getKey() + " answers the stored entries")
                    .extracting(StockMovement::id).containsExactlyElementsOf(first.value().stream().map(StockMovement::id).toList());
        }
        for (Map.Entry<String, MovementRequest> other : setup.otherContent.entrySet()) {
            VaxlineException refused = catchThrowableOfType(VaxlineException.class,
                    () -> world.app.stock().recordMovement().record(ADMIN, other.getValue()));
            assertThat(refused).as(scenario + " retried with " + other.getKey() + " is refused").isNotNull();
            assertThat(refused.code()).as(scenario + " retried with " + other.getKey()).isEqualTo(PlatformError.IDEMPOTENCY_CONFLICT);
            assertThat(refused.fieldErrors()).containsKey("id");
        }
        assertThat(world.entries()).as("nothing more was booked").isEqualTo(entries);
        assertThat(balances(world, setup.lots)).isEqualTo(balances);
        assertThat(world.app.stock().rebuildBalances().matched()).isTrue();
    }

    private record Setup(MovementRequest request, Map<String, MovementRequest> sameContent,
                         Map<String, MovementRequest> otherContent, List<UUID[]> lots) {
    }

    private static Setup setUp(StockWorld w, Scenario scenario) {
        UUID a = w.releasedLot("A", "2022-01-01");
        UUID b = w.releasedLot("B", "2022-03-15");
        UUID id = Ids.newId();
        Ask base;
        Map<String, Consumer<Ask>> differs = new LinkedHashMap<>();
        differs.put("another day", r -> r.occurredOn = r.occurredOn.minusDays(1));
        differs.put("a reference", r -> r.reference = "voucher 2");
        differs.put("a fefoOverrideReason", r -> r.fefoOverrideReason = "why not");
        differs.put("a hierarchyOverrideReason", r -> r.hierarchyOverrideReason = "why not");
        switch (scenario) {
            case RECEIPT -> {
                base = new Ask(id, MovementType.RECEIPT, NATIONAL_STORE).lot(a).quantity(1000).ref("AWB 1");
                differs.put("another quantity", r -> r.quantity = 999L);
                differs.put("another lot", r -> r.lotId = b);
                differs.put("no lot", r -> r.lotId = null);
                differs.put("another facility", r -> r.facilityId = HANOI_CDC);
                differs.put("no reference", r -> r.reference = null);
                differs.put("a reason", r -> r.reason = "late flight");
            }
            case ISSUE_OF_A_NAMED_LOT -> {
                w.receive(HANOI_CDC, a, 100);
                w.receive(HANOI_CDC, b, 100);
                base = new Ask(id, MovementType.ISSUE, HANOI_CDC).lot(a).quantity(10);
                differs.put("another quantity", r -> r.quantity = 11L);
                differs.put("the product instead of the lot", r -> {
                    r.lotId = null;
                    r.productId = w.abdala;
                });
                differs.put("the product besides the lot", r -> r.productId = w.abdala);
                differs.put("another lot", r -> r.lotId = b);
                differs.put("another facility", r -> r.facilityId = HANOI_COMMUNE);
                differs.put("a reason", r -> r.reason = "session 1");
            }
            case ISSUE_BY_FIRST_EXPIRY -> {
                w.receive(HANOI_CDC, a, 100);
                w.receive(HANOI_CDC, b, 100);
                base = new Ask(id, MovementType.ISSUE, HANOI_CDC).product(w.abdala).quantity(150);
                // FEFO took A then B; naming the lot it took is another request.
                differs.put("naming the lot first expiry took", r -> r.lotId = a);
                differs.put("naming the lot without the product", r -> {
                    r.lotId = a;
                    r.productId = null;
                });
                differs.put("another quantity", r -> r.quantity = 149L);
                differs.put("another product", r -> r.productId = Ids.newId());
            }
            case TRANSFER_OUT -> {
                w.receive(NIHE, a, 100);
                base = new Ask(id, MovementType.TRANSFER_OUT, NIHE).lot(a).quantity(60).to(HANOI_CDC).ref("Delivery note 1");
                differs.put("another destination", r -> r.toFacilityId = CDC_02);
                differs.put("no destination", r -> r.toFacilityId = null);
                differs.put("another quantity", r -> r.quantity = 61L);
                differs.put("the product instead of the lot", r -> {
                    r.lotId = null;
                    r.productId = w.abdala;
                });
            }
            case TRANSFER_OUT_OUTSIDE_THE_HIERARCHY -> {
                w.receive(NATIONAL_STORE, a, 100);
                base = new Ask(id, MovementType.TRANSFER_OUT, NATIONAL_STORE).lot(a).quantity(60).to(HANOI_CDC);
                base.hierarchyOverrideReason = "institute store under repair";
                differs.put("another hierarchyOverrideReason", r -> r.hierarchyOverrideReason = "campaign");
                differs.put("no hierarchyOverrideReason", r -> r.hierarchyOverrideReason = null);
            }
            case TRANSFER_IN -> {
                w.receive(NIHE, a, 100);
                UUID transfer = w.move(ADMIN, StockWorld.transfer(NIHE, HANOI_CDC, a, 60)).get(0).transferId();
                base = new Ask(id, MovementType.TRANSFER_IN, null).transfer(transfer).quantity(58).reason("2 doses broken");
                differs.put("all that was sent", r -> r.quantity = null);
                differs.put("the quantity sent, named", r -> r.quantity = 60L);
                differs.put("another reason", r -> r.reason = "3 doses broken");
                differs.put("its destination named", r -> r.facilityId = HANOI_CDC);
                differs.put("a line instead of the quantity", r -> {
                    r.quantity = null;
                    r.lines = List.of(new ReceivedLine(a, 58));
                });
                differs.put("another transfer", r -> r.transferId = Ids.newId());
            }
            case TRANSFER_IN_OF_SEVERAL_LOTS -> {
                w.receive(NIHE, a, 100);
                w.receive(NIHE, b, 100);
                UUID transfer = w.move(ADMIN, new Ask(Ids.newId(), MovementType.TRANSFER_OUT, NIHE).product(w.abdala)
                        .quantity(150).to(HANOI_CDC).build()).get(0).transferId();
                base = new Ask(id, MovementType.TRANSFER_IN, HANOI_CDC).transfer(transfer).reason("a box of B was dropped");
                base.lines = List.of(new ReceivedLine(a, 100), new ReceivedLine(b, 40));
                differs.put("another line quantity", r -> r.lines = List.of(new ReceivedLine(a, 100), new ReceivedLine(b, 41)));
                differs.put("one line fewer", r -> r.lines = List.of(new ReceivedLine(b, 40)));
                differs.put("no lines", r -> r.lines = null);
                differs.put("no facility", r -> r.facilityId = null);
            }
            case ADJUSTMENT -> {
                w.receive(HANOI_CDC, a, 100);
                base = new Ask(id, MovementType.ADJUSTMENT, HANOI_CDC).lot(a).quantity(5).reason("stock count");
                differs.put("the opposite sign", r -> r.quantity = -5L);
                differs.put("another quantity", r -> r.quantity = 6L);
                differs.put("another reason", r -> r.reason = "recount");
                differs.put("no lot", r -> r.lotId = null);
                differs.put("another lot", r -> r.lotId = b);
            }
            case WASTAGE, EXPIRY, RECALL, RETURN -> {
                w.receive(HANOI_CDC, a, 100);
                MovementType type = MovementType.valueOf(scenario.name());
                String reason = type == MovementType.WASTAGE ? "BREAKAGE" : "supplier asked";
                base = new Ask(id, type, HANOI_CDC).lot(a).quantity(3).reason(reason);
                differs.put("another quantity", r -> r.quantity = 4L);
                differs.put("another reason", r -> r.reason = type == MovementType.WASTAGE ? "VVM" : "expired");
                differs.put("another type", r -> r.type = type == MovementType.WASTAGE ? MovementType.EXPIRY : MovementType.WASTAGE);
                differs.put("no lot", r -> r.lotId = null);
            }
            case REVERSAL -> {
                UUID mistaken = w.receive(HANOI_CDC, a, 100).get(0).id();
                UUID other = w.receive(HANOI_CDC, b, 100).get(0).id();
                base = new Ask(id, MovementType.REVERSAL, null).reverses(mistaken).reason("entered twice");
                differs.put("another entry", r -> r.reverses = other);
                differs.put("another reason", r -> r.reason = "wrong lot");
                differs.put("a facility", r -> r.facilityId = HANOI_CDC);
            }
            default -> throw new IllegalStateException(scenario.name());
        }
        Map<String, MovementRequest> same = new LinkedHashMap<>();
        same.put("as sent", base.build());
        same.put("with its text padded", base.copy(r -> {
            r.reason = r.reason == null ? " " : "  " + r.reason + " ";
            r.reference = r.reference == null ? "" : r.reference + "  ";
        }));
        if (base.lines != null) {
            same.put("with its lines in another order", base.copy(r -> r.lines = List.of(r.lines.get(1), r.lines.get(0))));
        }
        Map<String, MovementRequest> others = new LinkedHashMap<>();
        Ask finalBase = base;
        differs.forEach((name, change) -> others.put(name, finalBase.copy(change)));
        return new Setup(base.build(), same, others, List.of(new UUID[]{NATIONAL_STORE, a}, new UUID[]{NATIONAL_STORE, b},
                new UUID[]{NIHE, a}, new UUID[]{NIHE, b}, new UUID[]{HANOI_CDC, a}, new UUID[]{HANOI_CDC, b}));
    }

    private static Map<String, Long> balances(StockWorld w, List<UUID[]> places) {
        Map<String, Long> balances = new LinkedHashMap<>();
        places.forEach(p -> balances.put(p[0] + "/" + p[1], w.onHand(p[0], p[1])));
        return balances;
    }

    /** A movement request to vary one member at a time. */
    private static final class Ask {
        UUID id;
        MovementType type;
        UUID facilityId;
        UUID lotId;
        UUID productId;
        Long quantity;
        LocalDate occurredOn = TODAY;
        String reason;
        String reference;
        UUID toFacilityId;
        UUID transferId;
        List<ReceivedLine> lines;
        UUID reverses;
        String fefoOverrideReason;
        String hierarchyOverrideReason;

        Ask(UUID id, MovementType type, UUID facilityId) {
            this.id = id;
            this.type = type;
            this.facilityId = facilityId;
        }

        Ask lot(UUID lot) {
            lotId = lot;
            return this;
        }

        Ask product(UUID product) {
            productId = product;
            return this;
        }

        Ask quantity(long doses) {
            quantity = doses;
            return this;
        }

        Ask reason(String text) {
            reason = text;
            return this;
        }

        Ask ref(String text) {
            reference = text;
            return this;
        }

        Ask to(UUID facility) {
            toFacilityId = facility;
            return this;
        }

        Ask transfer(UUID transfer) {
            transferId = transfer;
            return this;
        }

        Ask reverses(UUID entry) {
            reverses = entry;
            return this;
        }

        MovementRequest build() {
            return new MovementRequest(id, type, facilityId, lotId, productId, quantity, occurredOn, reason, reference,
                    toFacilityId, transferId, lines, reverses, fefoOverrideReason, hierarchyOverrideReason);
        }

        MovementRequest copy(Consumer<Ask> change) {
            Ask copy = new Ask(id, type, facilityId);
            copy.lotId = lotId;
            copy.productId = productId;
            copy.quantity = quantity;
            copy.occurredOn = occurredOn;
            copy.reason = reason;
            copy.reference = reference;
            copy.toFacilityId = toFacilityId;
            copy.transferId = transferId;
            copy.lines = lines;
            copy.reverses = reverses;
            copy.fefoOverrideReason = fefoOverrideReason;
            copy.hierarchyOverrideReason = hierarchyOverrideReason;
            change.accept(copy);
            return copy.build();
        }
    }
}
