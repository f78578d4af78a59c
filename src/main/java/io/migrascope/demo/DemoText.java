package io.migrascope.demo;

import io.migrascope.core.model.FindingCode;
import java.io.PrintWriter;
import java.util.stream.Collectors;

/** How {@code migrascope demo start} describes a demo database: short labelled lines, the story wrapped. */
final class DemoText {
    private static final int WIDTH = 100;
    private static final String INDENT = "            ";

    private DemoText() {
    }

    static void describe(PrintWriter out, DemoDatabase d, String launcher) {
        out.println();
        out.println(d.name() + " — " + d.title() + d.seedLabel());
        out.println("  tool      " + d.toolId());
        out.println("  url       " + d.postgresUrl() + "   (JDBC: " + d.jdbcUrl() + ")");
        out.println("  folder    " + d.folder());
        out.println("  broken    " + wrap(d.description()));
        out.println("  findings  " + d.findings().stream().map(FindingCode::name).collect(Collectors.joining(", ")));
        out.println("  try       " + d.statusCommand(launcher));
    }

    /** Wraps at word boundaries, continuation lines under the first. */
    static String wrap(String text) {
        StringBuilder out = new StringBuilder();
        int column = INDENT.length();
        for (String word : text.split(" ")) {
            if (column + word.length() + 1 > WIDTH && column > INDENT.length()) {
                out.append('\n').append(INDENT);
                column = INDENT.length();
            } else if (column > INDENT.length()) {
                out.append(' ');
                column++;
            }
            out.append(word);
            column += word.length();
        }
        return out.toString();
    }
}
