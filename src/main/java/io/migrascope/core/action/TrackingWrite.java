package io.migrascope.core.action;

import java.util.List;

/**
 * What a write to a tracking table did: the journal entry it left and the rows it changed.
 *
 * @param journalId the journal entry's id
 * @param removed   rows the write removed, as {@code to_jsonb} text
 * @param added     rows the write added
 */
public record TrackingWrite(String journalId, List<String> removed, List<String> added) {
}
