package io.migrascope.ui.profile;

/**
 * The outcome of "Test connection".
 *
 * @param ok             whether a session could be opened
 * @param needsPassword  the server wants a (different) password: the view may ask and try again
 * @param message        one sentence for the user: the server version and role, or what failed and why
 */
public record ConnectionCheck(boolean ok, boolean needsPassword, String message) {
}
