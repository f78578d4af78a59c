/** Background work for the UI: the FX thread only draws; everything else goes through a {@link io.migrascope.ui.task.TaskRunner}. */
package io.migrascope.ui.task;
