package io.migrascope.core.model;

/** A file in the migrations folder that the tool does not treat as a migration, and why. */
public record IgnoredFile(String file, String reason) {
}
