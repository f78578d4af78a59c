package io.migrascope.core.audit.compare;

import io.migrascope.core.db.Database;

/** One database to compare: a name people know it by (dev, staging, tenant_042) and how to reach it. */
public record Environment(String name, Database database) {
}
