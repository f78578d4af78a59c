package io.migrascope.core.tool;

import io.migrascope.core.model.Version;
import java.nio.file.Path;

/** A file whose name matched a tool's pattern, before it is read. */
public record FileCandidate(Version version, String name, String file, Path path) {
}
