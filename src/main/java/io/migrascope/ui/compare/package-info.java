/**
 * Compare environments: several profiles that share one migrations folder in one grid of
 * migrations × databases, read in parallel with progress per database; the promotion preview; the
 * grid exported as CSV or HTML for auditors.
 */
package io.migrascope.ui.compare;
