package io.migrascope.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Versions compare their numeric parts as digit strings; the order must be exactly the integer
 * order the documentation promises (003 = 3 = 3.0, 10 after 9, any length), checked against BigInteger.
 */
class VersionOrderPropertiesTest {

    @Property(tries = 5000)
    void numericVersionsOrderAsIntegersPartByPart(@ForAll("versions") String a, @ForAll("versions") String b) {
        Version x = Version.parse(a);
        Version y = Version.parse(b);
        assertEquals(Integer.signum(byIntegers(a, b)), Integer.signum(x.compareTo(y)), a + " vs " + b);
        assertEquals(x.compareTo(y) == 0, x.equals(y));
        if (x.equals(y)) {
            assertEquals(x.hashCode(), y.hashCode());
        }
    }

    private static int byIntegers(String a, String b) {
        List<BigInteger> x = parts(a);
        List<BigInteger> y = parts(b);
        for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
            int c = x.get(i).compareTo(y.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.size(), y.size());
    }

    private static List<BigInteger> parts(String text) {
        List<BigInteger> parts = new ArrayList<>();
        for (String p : text.replace('_', '.').split("\\.")) {
            parts.add(new BigInteger(p));
        }
        while (parts.size() > 1 && parts.get(parts.size() - 1).signum() == 0) {
            parts.remove(parts.size() - 1);
        }
        return parts;
    }

    @Provide
    Arbitrary<String> versions() {
        Arbitrary<String> part = Arbitraries.strings().withChars('0', '0', '1', '9').ofMinLength(1).ofMaxLength(22);
        return part.list().ofMinSize(1).ofMaxSize(4).map(ps -> String.join(Arbitraries.of(".", "_").sample(), ps));
    }
}
