package io.migrascope.core.tool.dbmate;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One dbmate migration file cut into its blocks, by dbmate's own rules ({@code pkg/dbmate/migration.go
 * parseMigrationContents} as built into the pinned dbmate 2.28.0: one section per file, the patterns
 * below as they appear in its binary): the up block runs from the {@code -- migrate:up} line
 * (included) to the first {@code -- migrate:down} line; its first line may carry options, of which
 * {@code transaction:false} runs it outside a transaction.
 *
 * <p>The patterns are Go's RE2 with {@code (?m)}: {@code ^} and {@code $} at {@code \n} only (Java's
 * UNIX_LINES), and {@code \s} is ASCII {@code [\t\n\f\r ]} (Java's also takes vertical tab).
 */
final class DbmateMigrationText {
    private static final String S = "[\\t\\n\\f\\r ]";
    private static final Pattern UP = Pattern.compile("^--" + S + "*migrate:up(" + S + "*$|" + S + "+[^\\t\\n\\f\\r ])",
            Pattern.MULTILINE | Pattern.UNIX_LINES);
    private static final Pattern DOWN = Pattern.compile("^--" + S + "*migrate:down(" + S + "*$|" + S + "+[^\\t\\n\\f\\r ])",
            Pattern.MULTILINE | Pattern.UNIX_LINES);
    /** {@code blockDirectiveRegExp}: the directive itself, stripped before the options are read. */
    private static final Pattern DIRECTIVE = Pattern.compile("^--" + S + "*migrate:(up|down)");
    private static final Pattern EMPTY_LINE = Pattern.compile("^" + S + "*$");
    private static final Pattern COMMENT_LINE = Pattern.compile("^" + S + "*--");

    /** dbmate's parse errors, word for word, so users can search for them. */
    static final String MISSING_UP = "dbmate requires each migration to define an up block with '-- migrate:up'";
    static final String MISSING_DOWN = "dbmate requires each migration to define a down block with '-- migrate:down'";
    static final String WRONG_ORDER = "dbmate requires '-- migrate:up' to appear before '-- migrate:down'";
    static final String STATEMENT_BEFORE_UP = "dbmate does not support statements preceding the '-- migrate:up' block";

    private final String up;
    private final boolean transactional;
    private final String error;

    private DbmateMigrationText(String up, boolean transactional, String error) {
        this.up = up;
        this.transactional = transactional;
        this.error = error;
    }

    /** Parses the file's whole text as dbmate reads it: a byte order mark is not stripped. */
    static DbmateMigrationText parse(String contents) {
        Matcher up = UP.matcher(contents);
        Matcher down = DOWN.matcher(contents);
        if (!up.find()) {
            return failed(MISSING_UP);
        }
        if (!down.find()) {
            return failed(MISSING_DOWN);
        }
        if (up.start() > down.start()) {
            return failed(WRONG_ORDER);
        }
        if (statementsPrecede(contents.substring(0, up.start()))) {
            return failed(STATEMENT_BEFORE_UP);
        }
        String block = contents.substring(up.start(), down.start());
        return new DbmateMigrationText(block, !"false".equals(options(block).get("transaction")), null);
    }

    private static DbmateMigrationText failed(String error) {
        return new DbmateMigrationText(null, true, error);
    }

    /** statementsPrecedeMigrateBlocks: anything but blank and {@code --} comment lines before the up block. */
    private static boolean statementsPrecede(String head) {
        for (String line : head.split("\n", -1)) {
            if (!EMPTY_LINE.matcher(line).matches() && !COMMENT_LINE.matcher(line).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** parseMigrationOptions: the rest of the block's first line split on whitespace into {@code key:value} pairs. */
    private static Map<String, String> options(String block) {
        String first = DIRECTIVE.matcher(block.split("\n", 2)[0]).replaceAll("").strip();
        Map<String, String> options = new HashMap<>();
        if (first.isEmpty()) {
            return options;
        }
        for (String pair : first.split(S + "+")) {
            String[] kv = pair.split(":", -1);
            if (kv.length == 2) {
                options.put(kv[0], kv[1]);
            }
        }
        return options;
    }

    /** True when {@code text} holds dbmate's {@code -- migrate:up} line: enough to recognise a dbmate file. */
    static boolean hasUpMarker(String text) {
        return UP.matcher(text).find();
    }

    /** Null when dbmate can run the file; otherwise dbmate's own error. */
    String error() {
        return error;
    }

    /** The up block as dbmate sends it, {@code -- migrate:up} line included; null when {@link #error()} is set. */
    String up() {
        return up;
    }

    boolean transactional() {
        return transactional;
    }

    /** True when the up block holds nothing but blank lines and {@code --} comments. */
    boolean upIsEmpty() {
        for (String line : up.split("\n", -1)) {
            if (!EMPTY_LINE.matcher(line).matches() && !COMMENT_LINE.matcher(line).lookingAt()) {
                return false;
            }
        }
        return true;
    }
}
