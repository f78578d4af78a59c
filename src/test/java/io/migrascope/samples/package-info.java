/**
 * Tests over {@code migrations-sample/}: every sample folder, migrated on a fresh database by its
 * own tool wherever that tool runs here, must read as that tool's and as applied; detection from the
 * files alone picks the right tool; and {@code docs/formats.md} quotes the SQL the writers really
 * produce for those samples.
 */
package io.migrascope.samples;
