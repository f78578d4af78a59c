/**
 * The demo workspace: an embedded PostgreSQL with one database per sample folder, each put into
 * the broken state of a seed story, so that a newcomer sees every finding Migrascope has within
 * seconds of the first start and can practise every repair on data that does not matter.
 *
 * <p>Everything lives under {@code <data directory>/demo/}: the PostgreSQL cluster
 * ({@code postgres/}), its log, the copied migration folders ({@code migrations/<sample>/}) and a
 * small state file saying which database was built from which version of the samples. The broken
 * states are built with Migrascope's own core (apply, repair), plus direct SQL only for what a
 * tool leaves behind that Migrascope never writes (a half-run file, a row written by the tool's
 * engine on failure, a table created by hand). The samples travel inside the jar under
 * {@code io/migrascope/demo/samples/}.
 *
 * <p>{@link io.migrascope.demo.DemoWorkspace} is the API for the GUI and the CLI;
 * {@link io.migrascope.demo.DemoMain} is the {@code migrascope demo} command.
 */
package io.migrascope.demo;
