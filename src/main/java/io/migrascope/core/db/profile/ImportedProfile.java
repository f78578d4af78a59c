package io.migrascope.core.db.profile;

import java.util.Arrays;
import java.util.List;

/**
 * An imported profile, not yet saved, with the password the URL carried (for the session only;
 * the receiver clears it) and sentences telling the user what was and was not taken over.
 *
 * @param password the URL's password, or null; never part of {@link #profile()}
 */
public record ImportedProfile(Profile profile, char[] password, List<String> notes) {
    public ImportedProfile {
        notes = List.copyOf(notes);
    }

    public boolean hasPassword() {
        return password != null;
    }

    /** Overwrites the password in memory once it was handed over. */
    public void clearPassword() {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }

    @Override
    public String toString() {
        return "ImportedProfile[" + profile + ", password " + (password == null ? "none" : "***") + ", " + notes + "]";
    }
}
