/** The state written down: the CLI's JSON document and the evidence report (Markdown, HTML, JSON). */
package io.migrascope.core.audit.report;
