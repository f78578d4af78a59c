package io.migrascope.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A row image behaves as the ordered, unmodifiable map the journal and the undo read it as. */
class ColumnValuesTest {
    private final List<String> names = List.of("version", "checksum", "applied_at");
    private final ColumnValues row = new ColumnValues(names, new Object[] {"7", null, 42L});

    @Test
    void itIsEqualToTheLinkedMapItReplacesAndKeepsTheColumnOrder() {
        Map<String, Object> linked = new LinkedHashMap<>();
        linked.put("version", "7");
        linked.put("checksum", null);
        linked.put("applied_at", 42L);

        assertThat(row).isEqualTo(linked).hasSameHashCodeAs(linked);
        assertThat(row.keySet()).containsExactly("version", "checksum", "applied_at");
        assertThat(row.get("applied_at")).isEqualTo(42L);
        assertThat(row.containsKey("checksum")).isTrue();
        assertThat(row.get("missing")).isNull();
        assertThat(row.containsKey("missing")).isFalse();
    }

    @Test
    void itCannotBeChangedNorDoesItShareTheCallersArray() {
        Object[] values = {"7", "abc", 1L};
        ColumnValues copy = new ColumnValues(names, values);
        values[0] = "8";

        assertThat(copy.get("version")).isEqualTo("7");
        assertThatThrownBy(() -> copy.put("version", "9")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> copy.entrySet().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void namesAndValuesMustPair() {
        assertThatThrownBy(() -> new ColumnValues(names, new Object[] {"7"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 columns but 1 values");
    }
}
