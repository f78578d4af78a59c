package io.migrascope.core.sql.extract;

import java.util.List;
import java.util.Set;

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

    /** Text to insert at an offset of the statement text. */
    record Insertion(int offset, String text) {
    }

    Repair {
        insertions = List.copyOf(insertions);
        wrapConditions = Set.copyOf(wrapConditions);
    }

    static Repair insert(int line, String why, String fix, int offset, String text) {
        return new Repair(line, why, fix, List.of(new Insertion(offset, text)), Set.of());
    }

    static Repair wrap(int line, String why, String fix, List<Insertion> insertions, Set<String> conditions) {
        return new Repair(line, why, fix, insertions, conditions);
    }
}
