/**
 * The findings panel: what is wrong, in plain words, with its evidence, the guarded actions that
 * resolve it and the guided recovery. Choosing a finding selects its rows in the migrations table.
 */
package io.migrascope.ui.findings;
