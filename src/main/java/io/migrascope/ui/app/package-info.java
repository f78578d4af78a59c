/**
 * The console shell: the application, the main window and its toolbar of guarded actions, the
 * production banner, the open profile as a {@link io.migrascope.ui.ConsoleContext}
 * ({@link io.migrascope.ui.app.ConsoleSession}), and the remembered window layout. The panels around
 * the table come from a {@link io.migrascope.ui.ConsolePanels} factory
 * ({@link io.migrascope.ui.panels.DefaultConsolePanels} in the application).
 */
package io.migrascope.ui.app;
