/**
 * The profile list on the left of the main window: the profiles with their environment colour,
 * the editor, import from a URL or a {@code .env}, connection tests, and the passwords typed during
 * the session ({@link io.migrascope.ui.profile.SessionPasswords}), which are never written anywhere.
 */
package io.migrascope.ui.profile;
