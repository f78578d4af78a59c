package io.migrascope.core.tool.nodepgmigrate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of a node-pg-migrate SQL file that {@code up} runs (src/sqlMigration.ts, getActions):
 * from the {@code -- Up Migration} comment to the {@code -- Down Migration} comment when that comes
 * later, else to the end; a file without the up comment runs whole. The down part never runs on up.
 */
public final class NodePgMigrateSql {
    // The tool's own regex: new RegExp(`^\\s*--[\\s-]*${direction}\\s+migration`, "im").
    static final Pattern UP = marker("up");
    static final Pattern DOWN = marker("down");

    private NodePgMigrateSql() {
    }

    private static Pattern marker(String direction) {
        return Pattern.compile("^\\s*--[\\s-]*" + direction + "\\s+migration",
                Pattern.CASE_INSENSITIVE | Pattern.MULTILINE | Pattern.UNICODE_CHARACTER_CLASS);
    }

    /** The SQL that {@code node-pg-migrate up} sends for this file's text. */
    public static String upPart(String content) {
        int up = start(UP, content);
        int down = start(DOWN, content);
        if (up < 0) {
            return content;
        }
        return down < up ? content.substring(up) : content.substring(up, down);
    }

    /** True when the text carries node-pg-migrate's up comment: its mark on a SQL file. */
    public static boolean hasUpMarker(String content) {
        return start(UP, content) >= 0;
    }

    private static int start(Pattern p, String content) {
        Matcher m = p.matcher(content);
        return m.find() ? m.start() : -1;
    }
}
