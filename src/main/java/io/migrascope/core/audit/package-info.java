/** The status engine: files + tracking rows (+ catalog evidence) into one {@link io.migrascope.core.model.Report}. */
package io.migrascope.core.audit;
