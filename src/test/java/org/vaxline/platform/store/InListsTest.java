package org.vaxline.platform.store;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InListsTest {
    @Test
    void padsToTheNextPowerOfTwoWithTheLastValue() {
        assertThat(InLists.padded(List.of("a"))).containsExactly("a");
        assertThat(InLists.padded(List.of("a", "b", "c"))).containsExactly("a", "b", "c", "c");
        assertThat(InLists.padded(List.of(1, 2, 3, 4))).containsExactly(1, 2, 3, 4);
        assertThat(InLists.padded(List.of(1, 2, 3, 4, 5))).hasSize(8).endsWith(5, 5, 5, 5);
        assertThatThrownBy(() -> InLists.padded(List.of())).hasMessageContaining("at least one value");
    }

    @Test
    void writesTheRowsOfAValuesListWithEachRowsNumber() {
        assertThat(InLists.valuesRows(2, ":f#", ":l#")).isEqualTo("(:f0, :l0), (:f1, :l1)");
        assertThat(InLists.valuesRows(1, "CAST(:p# AS bigint)")).isEqualTo("(CAST(:p0 AS bigint))");
        assertThat(InLists.valuesRows(12, ":x#")).endsWith(", (:x10), (:x11)");
    }
}
