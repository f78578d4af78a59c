package io.migrascope.core.action;

import java.util.Optional;

/**
 * One way out of a finding, in words support staff can read to a customer.
 *
 * @param label       what to do ("Mark 003 rolled back, then fix and apply again")
 * @param consequence what follows from it, including what can go wrong
 * @param recommended whether the evidence points to this option
 * @param action      the guarded action that carries it out, when Migrascope can
 * @param manualStep  what a person must do by hand (restore a file, save a rewrite), or empty
 */
public record RecoveryOption(String label, String consequence, boolean recommended, Optional<Action> action,
                             String manualStep) {
}
