package io.migrascope.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The version parser against anything a file name or a tracking row can hold: it never fails, and
 * its order is a total order that agrees with equality, so sorting and duplicate detection cannot
 * be fooled by odd text.
 */
class VersionPropertiesTest {

    /** Version-like text and junk: digits, dots, underscores, letters, spaces, Unicode digits and marks. */
    @Provide
    Arbitrary<String> versionText() {
        Arbitrary<String> numeric = Arbitraries.strings().withChars("0123456789._").ofMaxLength(30);
        Arbitrary<String> junk = Arbitraries.strings().withChars("0123456789._-vV abz\t\u0663\u00e9\uFEFF;'\"$")
                .ofMaxLength(20);
        return Arbitraries.oneOf(numeric, junk, Arbitraries.strings().ofMaxLength(15));
    }

    @Property
    void parsingNeverFailsAndKeepsTheTextStripped(@ForAll("versionText") String text) {
        Version v = Version.parse(text);
        assertEquals(text.strip(), v.text());
        assertEquals(v, Version.parse(v.text()));
    }

    @Property
    void comparisonIsAntisymmetric(@ForAll("versionText") String a, @ForAll("versionText") String b) {
        Version x = Version.parse(a);
        Version y = Version.parse(b);
        assertEquals(Integer.signum(x.compareTo(y)), -Integer.signum(y.compareTo(x)));
    }

    @Property
    void comparisonIsTransitive(@ForAll("versionText") String a, @ForAll("versionText") String b,
                                @ForAll("versionText") String c) {
        Version x = Version.parse(a);
        Version y = Version.parse(b);
        Version z = Version.parse(c);
        if (x.compareTo(y) <= 0 && y.compareTo(z) <= 0) {
            assertTrue(x.compareTo(z) <= 0, x + " <= " + y + " <= " + z);
        }
    }

    @Property
    void equalVersionsHaveEqualHashesAndCompareAsZero(@ForAll("versionText") String a, @ForAll("versionText") String b) {
        Version x = Version.parse(a);
        Version y = Version.parse(b);
        assertEquals(x.equals(y), x.compareTo(y) == 0);
        if (x.equals(y)) {
            assertEquals(x.hashCode(), y.hashCode());
        }
    }

    @Property
    void leadingZerosAndTrailingZeroPartsNameTheSameVersion(@ForAll("plainNumbers") BigInteger n,
                                                            @ForAll("zeros") String zeros) {
        Version plain = Version.parse(n.toString());
        assertEquals(plain, Version.parse(zeros + n));
        assertEquals(plain, Version.parse(n + ".0"));
        assertEquals(plain, Version.parse(n + "_0_0"));
    }

    @Property
    void numericVersionsOrderAsNumbersAndBeforeEveryTextualOne(@ForAll("plainNumbers") BigInteger a,
                                                                @ForAll("plainNumbers") BigInteger b,
                                                                @ForAll("versionText") String other) {
        assertEquals(Integer.signum(a.compareTo(b)),
                Integer.signum(Version.parse(a.toString()).compareTo(Version.parse("0" + b))));
        Version text = Version.parse(other);
        if (!text.isNumeric()) {
            assertTrue(Version.parse(a.toString()).compareTo(text) < 0, a + " before " + other);
        }
    }

    @Provide
    Arbitrary<BigInteger> plainNumbers() {
        // Up to 14-digit timestamps and beyond: no long overflow may change the order.
        return Arbitraries.bigIntegers().between(BigInteger.ZERO, new BigInteger("999999999999999999999"));
    }

    @Provide
    Arbitrary<String> zeros() {
        return Arbitraries.strings().withChars('0').ofMaxLength(4);
    }
}
