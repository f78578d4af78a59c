package io.migrascope.core.sql.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One reason a statement is not safe to run twice, and the edit that makes it safe.
 *
 * @param line 1-based line of the keyword at fault, counted within the statement text
 * @param why what goes wrong on the second run
 * @param fix the idempotent spelling, for people
 * @param insertions text to insert into the statement, at offsets of the statement text
 * @param wrapConditions when not empty, the statement must run inside
 *     {@code DO $$ BEGIN ...; EXCEPTION WHEN <conditions> THEN NULL; END $$} because PostgreSQL has no
 *     IF NOT EXISTS for it
 */
record Repair(int line, String why, String fix, List<Insertion> insertions, Set<String> wrapConditions) {
    /** Every why of a statement that errors on a second run starts like this; silent duplicates do not. */
    private static final Pattern FAILURE = Pattern.compile("^fails with ([0-9A-Z]{5}) ([a-z_]+)");

    /** Text to insert at an offset of the statement text. */
    record Insertion(int offset, String text) {
    }

    Repair {
        insertions = List.copyOf(insertions);
        wrapConditions = Set.copyOf(wrapConditions);
    }

    /** The PL/pgSQL condition a second run raises ("duplicate_table"), or null when it does not fail. */
    String condition() {
        Matcher m = FAILURE.matcher(why);
        return m.find() ? m.group(2) : null;
    }

    /** The SQLSTATE a second run raises ("42P07"), or null when it does not fail. */
    String sqlState() {
        Matcher m = FAILURE.matcher(why);
        return m.find() ? m.group(1) : null;
    }

    static Repair insert(int line, String why, String fix, int offset, String text) {
        return new Repair(line, why, fix, List.of(new Insertion(offset, text)), Set.of());
    }

    static Repair wrap(int line, String why, String fix, List<Insertion> insertions, Set<String> conditions) {
        return new Repair(line, why, fix, insertions, conditions);
    }
}
