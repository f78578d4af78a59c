package io.migrascope.core.tool.flyway;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The fast check of a file name's version accepts exactly what Flyway's split-and-BigInteger rule accepts. */
class FlywayVersionNamePropertiesTest {

    @Property(tries = 5000)
    void theFastCheckAgreesWithFlywaysRule(@ForAll("versionLike") String raw) {
        assertThat(FlywayFileName.isFlywayVersion(raw)).isEqualTo(FlywayFileName.splitsIntoIntegers(raw));
    }

    @Example
    void signsAndTrailingSeparatorsAreJudgedByFlywaysRule() {
        assertThat(FlywayFileName.isFlywayVersion("1.2_3")).isTrue();
        assertThat(FlywayFileName.isFlywayVersion("1.")).isFalse();
        assertThat(FlywayFileName.isFlywayVersion("1..2")).isFalse();
        assertThat(FlywayFileName.isFlywayVersion("+1")).isEqualTo(FlywayFileName.splitsIntoIntegers("+1"));
        assertThat(FlywayFileName.isFlywayVersion("")).isFalse();
    }

    @Provide
    Arbitrary<String> versionLike() {
        return Arbitraries.strings().withChars("0123456789._+-a").ofMaxLength(12);
    }
}
