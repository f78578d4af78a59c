package io.migrascope.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Asks on the terminal; without one (CI, a pipe that closed) the answer is no. */
final class Confirmation {
    private Confirmation() {
    }

    static boolean ask(PrintWriter out, String question) {
        return askFor(out, question, "yes");
    }

    /** True only when the user typed {@code expected} (the version, the database name ...). */
    static boolean askFor(PrintWriter out, String question, String expected) {
        out.print(question);
        out.flush();
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            return line != null && line.strip().equalsIgnoreCase(expected);
        } catch (IOException e) {
            return false;
        }
    }
}
