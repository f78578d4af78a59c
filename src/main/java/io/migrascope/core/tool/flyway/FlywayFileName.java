package io.migrascope.core.tool.flyway;

import io.migrascope.core.model.Version;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Flyway's reading of a file name with its default settings ({@code V} and {@code R} prefixes,
 * {@code __} separator, {@code .sql} suffix), as
 * {@code org.flywaydb.core.internal.resource.ResourceNameParser} (13.12) does: the longest
 * matching prefix wins, the version is everything before the first {@code __}, and a name Flyway
 * cannot use gets Flyway's own sentence, which {@code validateMigrationNaming=true} would print.
 */
record FlywayFileName(Kind kind, String rawVersion, String description, String reason) {

    /** What Flyway makes of a file. */
    enum Kind {
        /** {@code V<version>__<description>.sql}: run once, in version order. */
        VERSIONED,
        /** {@code R__<description>.sql}: run after the versioned ones, again whenever it changes. */
        REPEATABLE,
        /** A callback script ({@code afterMigrate.sql}, ...): run around commands, never tracked. */
        CALLBACK,
        /** A baseline migration ({@code B<version>__x.sql}): run only on an empty database. */
        BASELINE_MIGRATION,
        /** A .sql file Flyway skips (with a warning, or an error under validateMigrationNaming). */
        INVALID,
        /** Not a .sql file: Flyway does not look at it. */
        NOT_SQL
    }

    static final String SUFFIX = ".sql";
    static final String SEPARATOR = "__";
    static final String REPEATABLE_PREFIX = "R";
    /** The identity Migrascope gives a repeatable: its description behind the prefix it has on disk. */
    static final String REPEATABLE_KEY = "R__";

    /** Flyway's {@code MigrationVersion} splits on a dot followed by a digit, after {@code _} became {@code .}. */
    private static final Pattern VERSION_SPLIT = Pattern.compile("\\.(?=\\d)");

    /**
     * Flyway's callback event ids (org.flywaydb.core.api.callback.Event, 13.12); they are name
     * prefixes like V and R, and the longest match wins.
     */
    private static final List<String> CALLBACKS = List.of("beforeClean", "afterClean", "afterCleanError",
            "beforeMigrate", "beforeEachMigrate", "beforeEachMigrateStatement", "afterEachMigrateStatement",
            "afterEachMigrateStatementError", "afterEachMigrate", "afterEachMigrateError", "beforeRepeatables",
            "afterVersioned", "afterMigrateApplied", "afterMigrate", "afterMigrateError", "beforeUndo",
            "beforeEachUndo", "beforeEachUndoStatement", "afterEachUndoStatement", "afterEachUndoStatementError",
            "afterEachUndo", "afterEachUndoError", "afterUndo", "afterUndoError", "beforeValidate", "afterValidate",
            "afterValidateError", "beforeBaseline", "afterBaseline", "afterBaselineError", "beforeRepair",
            "afterRepair", "afterRepairError", "beforeInfo", "afterInfo", "afterInfoError",
            "afterMigrateOperationFinish", "afterInfoOperationFinish", "afterCleanOperationFinish",
            "afterValidateOperationFinish", "afterUndoOperationFinish", "afterRepairOperationFinish",
            "afterBaselineOperationFinish", "afterReportGenerated", "createSchema", "beforeCreateSchema",
            "beforeConnect", "afterConnect");

    private static final List<Prefix> PREFIXES;

    static {
        List<Prefix> prefixes = new ArrayList<>();
        prefixes.add(new Prefix("V", Kind.VERSIONED));
        prefixes.add(new Prefix(REPEATABLE_PREFIX, Kind.REPEATABLE));
        prefixes.add(new Prefix("B", Kind.BASELINE_MIGRATION));
        CALLBACKS.forEach(c -> prefixes.add(new Prefix(c, Kind.CALLBACK)));
        prefixes.sort(Comparator.comparingInt((Prefix p) -> p.text.length()).reversed());
        PREFIXES = List.copyOf(prefixes);
    }

    private record Prefix(String text, Kind kind) {
    }

    /** Parses the last segment of a path ({@code V1_1__add_users.sql}). */
    static FlywayFileName parse(String fileName) {
        // Flyway 13 takes V4__x.SQL too (its suffix match ignores case); checked against the real tool.
        if (!fileName.toLowerCase(Locale.ROOT).endsWith(SUFFIX)) {
            return new FlywayFileName(Kind.NOT_SQL, null, null, "not a .sql file: Flyway does not read it");
        }
        String suffix = fileName.substring(fileName.length() - SUFFIX.length());
        String stem = fileName.substring(0, fileName.length() - SUFFIX.length());
        Prefix prefix = null;
        for (Prefix p : PREFIXES) {
            if (stem.startsWith(p.text)) {
                prefix = p;
                break;
            }
        }
        if (prefix == null) {
            return invalid("Unrecognised migration name format: " + fileName);
        }
        String name = stem.substring(prefix.text.length());
        int sep = name.indexOf(SEPARATOR);
        String before = sep < 0 ? name : name.substring(0, sep);
        String after = sep < 0 ? "" : name.substring(sep + SEPARATOR.length());
        String example = after.isEmpty() ? "description" : after;
        String description = after.replace('_', ' ');
        boolean versioned = prefix.kind == Kind.VERSIONED || prefix.kind == Kind.BASELINE_MIGRATION;
        if (!versioned) {
            if (!before.isEmpty()) {
                return invalid("Invalid repeatable migration / callback name format: " + fileName
                        + " (It cannot contain a version and should look like this: " + prefix.text + SEPARATOR
                        + example + suffix + ")");
            }
            return new FlywayFileName(prefix.kind, null, description, null);
        }
        if (before.isEmpty()) {
            return invalid("Invalid versioned migration name format: " + fileName
                    + " (It must contain a version and should look like this: " + prefix.text + "1.2" + SEPARATOR
                    + example + suffix + ")");
        }
        if (!isFlywayVersion(before)) {
            return invalid("Invalid versioned migration name format: " + fileName
                    + " (could not recognise version number " + before + ")");
        }
        return new FlywayFileName(prefix.kind, before, description, null);
    }

    private static FlywayFileName invalid(String reason) {
        return new FlywayFileName(Kind.INVALID, null, null, reason);
    }

    /**
     * Whether {@code MigrationVersion.fromVersion} accepts the text as a plain version: every part
     * a BigInteger. Its reserved words ({@code current}, {@code next}, {@code latest}) are refused
     * here: Flyway accepts them as names but they are not versions anyone writes in a file.
     */
    static boolean isFlywayVersion(String raw) {
        return isPlainVersion(raw) || splitsIntoIntegers(raw);
    }

    /** Flyway's own rule, as its {@code MigrationVersion} applies it. */
    static boolean splitsIntoIntegers(String raw) {
        for (String part : VERSION_SPLIT.split(raw.replace('_', '.'), -1)) {
            try {
                new BigInteger(part);
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return true;
    }

    /**
     * Digits in groups joined by single dots or underscores ({@code 1}, {@code 2_1}, {@code 20240101.1}):
     * what nearly every name holds, and what the split-and-BigInteger rule above accepts, without
     * a regular expression and a BigInteger per part for each of 10,000 names.
     */
    private static boolean isPlainVersion(String raw) {
        boolean digitBefore = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '0' && c <= '9') {
                digitBefore = true;
            } else if ((c == '.' || c == '_') && digitBefore) {
                digitBefore = false;
            } else {
                return false;
            }
        }
        return digitBefore;
    }

    /**
     * The version as Flyway shows and stores it: {@code _} becomes {@code .}, leading zeros stay
     * ({@code V01_2__x.sql} is stored as {@code 01.2}).
     */
    String displayVersion() {
        return rawVersion.replace('_', '.');
    }

    /** The identity of a migration in Migrascope's report. */
    Version identity() {
        return kind == Kind.REPEATABLE ? repeatable(description) : versioned(displayVersion());
    }

    /** A versioned migration's identity: numeric, so {@code 2}, {@code 2.0} and {@code 002} are one version, as in Flyway. */
    static Version versioned(String displayText) {
        return Version.parse(displayText);
    }

    /**
     * A repeatable's identity: Flyway keys repeatables by description. The textual version sorts
     * after every numeric one (Flyway runs repeatables last) and, among repeatables, by description
     * (Flyway's order), and can never equal a versioned one (no BigInteger starts with "R__").
     */
    static Version repeatable(String description) {
        return Version.textual(REPEATABLE_KEY + description);
    }

    static boolean isRepeatable(Version v) {
        return !v.isNumeric() && v.text().startsWith(REPEATABLE_KEY);
    }

    /** Flyway's AbbreviationUtils.abbreviateDescription: the column holds 200 characters. */
    static String abbreviateDescription(String description) {
        if (description == null || description.length() <= 200) {
            return description;
        }
        return description.substring(0, 197) + "...";
    }

    /** Flyway's AbbreviationUtils.abbreviateScript: yes, it drops the first three characters too. */
    static String abbreviateScript(String script) {
        if (script == null || script.length() <= 1000) {
            return script;
        }
        return "..." + script.substring(3, 1000);
    }
}
