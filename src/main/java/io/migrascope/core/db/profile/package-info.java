/**
 * Database profiles: what the console remembers about a database (never its password), where it
 * keeps them ({@link io.migrascope.core.db.profile.ProfileStore}), and how a profile is made from a
 * URL or a project's {@code .env} ({@link io.migrascope.core.db.profile.ProfileImport}).
 */
package io.migrascope.core.db.profile;
