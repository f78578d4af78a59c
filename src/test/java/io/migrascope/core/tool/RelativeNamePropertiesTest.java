package io.migrascope.core.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A file's name relative to its folder, cut from the path's text, is what {@code relativize} gives. */
class RelativeNamePropertiesTest {

    @Property(tries = 3000)
    void sameAsRelativize(@ForAll("segments") List<String> folder, @ForAll("segments") List<String> below) {
        Path base = Path.of("/", folder.toArray(String[]::new));
        Path file = below.isEmpty() ? base : base.resolve(Path.of(below.get(0), below.subList(1, below.size())
                .toArray(String[]::new)));

        assertThat(FileScan.relativeName(base, file)).isEqualTo(base.relativize(file).toString());
    }

    @Provide
    Arbitrary<List<String>> segments() {
        Arbitrary<String> segment = Arbitraries.oneOf(Arbitraries.of(".", "..", "V1__a.sql", "a b", "é"),
                Arbitraries.strings().withChars("ab._- ").ofMinLength(1).ofMaxLength(5));
        return segment.list().ofMaxSize(4);
    }
}
