/**
 * The tool-neutral vocabulary of Migrascope: versions, files, tracking rows, the one state each
 * migration is in, findings and the report that carries them. Immutable records only.
 */
package io.migrascope.core.model;
