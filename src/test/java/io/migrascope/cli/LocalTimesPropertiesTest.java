package io.migrascope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The status table's hand-written time format prints what the formatter it replaced printed. */
class LocalTimesPropertiesTest {

    @Property(tries = 3000)
    void sameTextAsTheFormatter(@ForAll("instants") Instant instant, @ForAll("zones") String zone) {
        ZoneId id = ZoneId.of(zone);
        String expected = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(id).format(instant);

        assertThat(new LocalTimes(id).format(instant)).isEqualTo(expected);
    }

    @Provide
    Arbitrary<Instant> instants() {
        // Years -1000 to 12000: the hand-written path and the formatter's, and the edges between them.
        return Arbitraries.longs().between(-93_000_000_000L, 316_000_000_000L)
                .flatMap(s -> Arbitraries.integers().between(0, 999_999_999).map(n -> Instant.ofEpochSecond(s, n)));
    }

    @Provide
    Arbitrary<String> zones() {
        return Arbitraries.of("UTC", "Europe/Berlin", "America/St_Johns", "Asia/Kathmandu", "Pacific/Chatham",
                "Australia/Lord_Howe");
    }
}
