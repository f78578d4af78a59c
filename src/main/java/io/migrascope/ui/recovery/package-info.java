/**
 * The guided recovery for one finding, written for support staff: what happened, the evidence, the
 * options with their consequences (the recommended one chosen), the exact preview, and a
 * verification from the state read again.
 */
package io.migrascope.ui.recovery;
