/**
 * {@link io.migrascope.ui.panels.DefaultConsolePanels}: the main window's panels — SQL pane,
 * action dialog, journal, guided recovery — tied together behind {@link io.migrascope.ui.ConsolePanels}.
 */
package io.migrascope.ui.panels;
