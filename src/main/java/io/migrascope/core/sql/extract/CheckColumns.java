package io.migrascope.core.sql.extract;

import io.migrascope.core.sql.SqlToken;
import io.migrascope.core.sql.TokenType;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which column an unnamed CHECK constraint is about. The server names it {@code table_column_check}
 * when the expression uses exactly one column and {@code table_check} otherwise, whichever column the
 * constraint was written on (AddRelationNewConstraints in heap.c). When the table's columns are known
 * the identifiers are matched against them; otherwise every identifier that is not a keyword, function
 * name, type name or qualifier counts as a column.
 */
final class CheckColumns {
    private static final Set<String> NOT_COLUMNS = Set.of("and", "or", "not", "is", "null", "true", "false", "in",
            "between", "symmetric", "asymmetric", "like", "ilike", "similar", "to", "escape", "any", "all", "some",
            "case", "when", "then", "else", "end", "distinct", "from", "unknown", "collate", "at", "time", "zone",
            "with", "without", "interval", "array", "current_date", "current_time", "current_timestamp", "localtime",
            "localtimestamp", "current_user", "current_role", "session_user", "user", "overlaps", "isnull",
            "notnull", "cast", "as", "exists", "value", "varying", "precision", "double", "character", "char",
            "nulls", "first", "last", "year", "month", "day", "hour", "minute", "second", "normalized", "document");

    private CheckColumns() {
    }

    /**
     * @param known the table's columns, or null when the file did not create the table
     * @return the single column the expression uses, or null when it uses none or several
     */
    static String singleColumn(List<SqlToken> expression, List<String> known) {
        Set<String> used = new LinkedHashSet<>();
        for (int i = 0; i < expression.size(); i++) {
            SqlToken t = expression.get(i);
            if (!t.is(TokenType.WORD) && !t.is(TokenType.QUOTED_IDENTIFIER)) {
                continue;
            }
            SqlToken before = i > 0 ? expression.get(i - 1) : null;
            SqlToken after = i + 1 < expression.size() ? expression.get(i + 1) : null;
            boolean call = after != null && (after.is(TokenType.LEFT_PAREN) || after.is(TokenType.STRING));
            boolean qualifier = after != null && after.is(TokenType.DOT);
            boolean typeName = before != null && before.is(TokenType.TYPECAST);
            if (call || qualifier || typeName) {
                continue;
            }
            String name = t.identifierName();
            if (known != null ? known.contains(name) : t.is(TokenType.QUOTED_IDENTIFIER) || !NOT_COLUMNS.contains(name)) {
                used.add(name);
            }
        }
        return used.size() == 1 ? used.iterator().next() : null;
    }
}
