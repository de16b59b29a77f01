package org.vaxline.platform.store;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class KeyOrderTest {
    private static final UUID A = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID B = UUID.fromString("00000000-0000-0000-0000-000000000002");

    @Test
    void listsAreComparedElementByElementWhateverOrderTheyCameIn() {
        List<Object> keys = new ArrayList<>(List.of(
                List.of(B, A, LocalDate.parse("2021-09-01")),
                List.of(A, B, LocalDate.parse("2021-09-02")),
                List.of(A, B, LocalDate.parse("2021-09-01"))));
        List<Object> reversed = new ArrayList<>(keys);
        Collections.reverse(reversed);
        keys.sort(KeyOrder.INSTANCE);
        reversed.sort(KeyOrder.INSTANCE);
        assertThat(keys).isEqualTo(reversed).containsExactly(
                List.of(A, B, LocalDate.parse("2021-09-01")),
                List.of(A, B, LocalDate.parse("2021-09-02")),
                List.of(B, A, LocalDate.parse("2021-09-01")));
    }

    @Test
    void nullsComeFirstAndAShorterListBeforeItsLongerSelf() {
        List<Object> keys = new ArrayList<>(List.of(List.of("x", "y"), Arrays.asList("x", null), List.of("x")));
        keys.sort(KeyOrder.INSTANCE);
        assertThat(keys).containsExactly(List.of("x"), Arrays.asList("x", null), List.of("x", "y"));
    }

    @Test
    void keysThatAreNeitherComparableNorListsAreOrderedByTheirText() {
        Object late = new Object() {
            @Override
            public String toString() {
                return "b";
            }
        };
        Object early = new Object() {
            @Override
            public String toString() {
                return "a";
            }
        };
        assertThat(KeyOrder.INSTANCE.compare(late, early)).isPositive();
        assertThat(KeyOrder.INSTANCE.compare(early, late)).isNegative();
    }
}
