package io.migrascope.core.sql;

import java.util.Optional;

/** ALTER SUBSCRIPTION forms that contact the publisher and so cannot be rolled back. */
final class SubscriptionRules {
    private SubscriptionRules() {
    }

    /** Called with the cursor just after ALTER SUBSCRIPTION. */
    static String alter(TokenCursor c) {
        if (c.next() == null) {
            return null; // the subscription's name
        }
        if (c.nextIfWord("refresh")) {
            return StatementClassifier.refused("ALTER SUBSCRIPTION ... REFRESH");
        }
        if ((c.peekWord(0, "set") || c.peekWord(0, "add") || c.peekWord(0, "drop")) && c.peekWord(1, "publication")) {
            // refresh defaults to true for these forms
            boolean refresh = !c.skipPastWord("with") || UtilityOptions.read(c).bool("refresh").orElse(true);
            return refresh ? StatementClassifier.refused("ALTER SUBSCRIPTION with refresh") : null;
        }
        if (c.nextIfWord("set") && c.peekIs(0, TokenType.LEFT_PAREN)) {
            UtilityOptions options = UtilityOptions.read(c);
            if (options.has("failover")) {
                return StatementClassifier.refused("ALTER SUBSCRIPTION ... SET (failover)");
            }
            // Only turning two_phase off touches the slot.
            if (options.has("two_phase") && !options.bool("two_phase").equals(Optional.of(true))) {
                return StatementClassifier.refused("ALTER SUBSCRIPTION ... SET (two_phase)");
            }
        }
        return null;
    }
}
