package io.migrascope.bench;

import java.util.List;

/** A verified command on one corpus: one row of the results table. */
record Trial(String label, int size, List<String> command) {
}
