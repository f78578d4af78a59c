package io.migrascope.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VersionTest {

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(textBlock = """
            001,            <, 002
            009,            <, 010
            3,              =, 003
            1.2,            =, 1.2.0
            1.2.3,          <, 1.10
            1.9,            <, 1.10
            20240101120000, <, 20240101120001
            999,            <, 20240101120000
            1,              <, 1.0.1
            10,             >, 9.99
            abc,            >, 99999999999999999999
            abc,            <, abd
            """)
    void versionsOrderAsNumbersPartByPart(String left, String relation, String right) {
        int c = Integer.signum(Version.parse(left).compareTo(Version.parse(right)));
        int expected = switch (relation) {
            case "<" -> -1;
            case "=" -> 0;
            default -> 1;
        };
        assertEquals(expected, c, left + " " + relation + " " + right);
        assertEquals(-expected, Integer.signum(Version.parse(right).compareTo(Version.parse(left))));
        if (expected == 0) {
            assertEquals(Version.parse(left), Version.parse(right));
            assertEquals(Version.parse(left).hashCode(), Version.parse(right).hashCode());
        }
    }

    @ParameterizedTest
    @CsvSource({"003", "20240101120000", "1.2.3", "add_users"})
    void keepsTheTextAsWritten(String text) {
        assertEquals(text, Version.parse(text).text());
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            '010,2,1.5,001,20240101120000,1.10,1.2', '001,1.2,1.5,1.10,2,010,20240101120000'
            """)
    void sortsMixedVersionsIntoOneTotalOrder(String input, String expected) {
        List<String> sorted = Stream.of(input.split(",")).map(Version::parse).sorted()
                .map(Version::text).collect(Collectors.toList());
        assertEquals(List.of(expected.split(",")), sorted);
        assertTrue(Version.parse("1").isNumeric());
    }
}
