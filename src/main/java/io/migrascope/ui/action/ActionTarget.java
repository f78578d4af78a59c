package io.migrascope.ui.action;

import io.migrascope.ui.ConsoleContext;

/**
 * Where an action writes, as the dialog's header shows it.
 *
 * @param profile     the profile's name
 * @param database    {@code host:port/db}
 * @param environment dev, staging or production
 */
public record ActionTarget(String profile, String database, String environment) {

    public static ActionTarget of(ConsoleContext context) {
        return new ActionTarget(context.profileName(), context.database().spec().label(), context.environment());
    }

    public boolean isProduction() {
        return "production".equalsIgnoreCase(environment);
    }

    /** The style class of the environment badge: {@code env-dev}, {@code env-staging}, {@code env-production}. */
    public String environmentStyleClass() {
        return "env-" + (environment == null || environment.isBlank() ? "unknown"
                : environment.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
    }
}
