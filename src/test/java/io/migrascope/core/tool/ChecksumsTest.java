package io.migrascope.core.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChecksumsTest {
    private static final String SQL = "CREATE TABLE t (id int);\n\nINSERT INTO t VALUES (1);\n";

    @Test
    void sha256IsTheStandardDigestOfTheBytes() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Checksums.sha256(new byte[0]));
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                Checksums.sha256("abc".getBytes(StandardCharsets.US_ASCII)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "CREATE TABLE t (id int);\r\n\r\nINSERT INTO t VALUES (1);\r\n",
        "\uFEFFCREATE TABLE t (id int);\n\nINSERT INTO t VALUES (1);\n",
        "CREATE TABLE t (id int);   \n\n\n\nINSERT INTO t VALUES (1);\t\n\n",
        "CREATE TABLE t (id int);\rINSERT INTO t VALUES (1);",
    })
    void cosmeticEditsKeepTheNormalizedChecksum(String variant) {
        assertEquals(Checksums.normalizedSha256(SQL), Checksums.normalizedSha256(variant));
        assertNotEquals(Checksums.sha256(SQL.getBytes(StandardCharsets.UTF_8)),
                Checksums.sha256(variant.getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "CREATE TABLE t (id bigint);\n\nINSERT INTO t VALUES (1);\n",
        "CREATE TABLE t (id int);\nINSERT INTO t VALUES (2);\n",
        "  CREATE TABLE t (id int);\nINSERT INTO t VALUES (1);\n",
        "CREATE TABLE t (id  int);\nINSERT INTO t VALUES (1);\n",
    })
    void realEditsChangeTheNormalizedChecksum(String variant) {
        assertNotEquals(Checksums.normalizedSha256(SQL), Checksums.normalizedSha256(variant));
    }
}
