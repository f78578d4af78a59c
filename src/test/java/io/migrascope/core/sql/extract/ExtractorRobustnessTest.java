package io.migrascope.core.sql.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.migrascope.core.sql.SqlSplitter;
import io.migrascope.core.sql.SqlStatement;
import io.migrascope.core.sql.SqlSyntaxException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Migration folders hold every dialect of SQL there is; whatever a statement looks like, extraction and
 * the idempotency helpers must answer (at worst with a "skipped" line) rather than throw.
 */
class ExtractorRobustnessTest {

    @Property(tries = 2000)
    void neverThrowsOnDdlShapedNoise(@ForAll("noise") String sql) throws SqlSyntaxException {
        List<SqlStatement> statements = SqlSplitter.split(sql);
        Extraction extraction = ObjectExtractor.extract(statements);
        Idempotency.find(statements);
        String rewritten = Idempotency.rewrite(sql);
        // Every statement is either understood, reported as skipped, or creates nothing.
        assertEquals(statements.size(), SqlSplitter.split(rewritten).size());
        extraction.objects().forEach(SchemaObject::display);
    }

    @Provide
    Arbitrary<String> noise() {
        Arbitrary<String> word = Arbitraries.of("CREATE", "ALTER", "DROP", "TABLE", "INDEX", "UNIQUE", "ON", "ONLY",
                "IF", "NOT", "EXISTS", "ADD", "COLUMN", "CONSTRAINT", "CHECK", "PRIMARY", "KEY", "FOREIGN", "REFERENCES",
                "DEFAULT", "NULL", "TYPE", "AS", "ENUM", "FUNCTION", "VIEW", "TRIGGER", "POLICY", "SCHEMA", "DO",
                "BEGIN", "EXCEPTION", "WHEN", "THEN", "END", "RENAME", "TO", "SET", "DATA", "int", "text", "varchar",
                "numeric", "serial", "timestamp", "with", "time", "zone", "users", "\"Q\"", "a", "b", "s", ".", ",",
                "(a int)", "(a, b)", "()", "(x::int > 0)", "((a + b))", "(a int, CHECK (a > 0))", "[]", "[3]", "::", "=", "'x'", "$$ BEGIN CREATE TABLE t (a int); EXCEPTION WHEN others THEN NULL; END $$",
                "1", ";", "--c\n", "/* c */", "%", "OR", "REPLACE", "PARTITION", "OF", "LIKE", "INHERITS", "EXCLUDE",
                "USING", "GENERATED", "ALWAYS", "IDENTITY", "VALUE", "COMMENT", "INSERT", "INTO", "WITH");
        // Parentheses only come in balanced groups: the splitter rejects anything else before extraction.
        return word.list().ofMaxSize(40).map(words -> String.join(" ", words));
    }
}
