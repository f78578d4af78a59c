package io.migrascope.testing;

import io.migrascope.core.db.ConnectionSpec;
import io.migrascope.core.db.profile.Environment;
import io.migrascope.core.db.profile.Profile;
import java.nio.file.Path;

/** Profiles pointing at test databases, as a user would have saved them. */
public final class TestProfiles {
    private TestProfiles() {
    }

    public static Profile of(String name, TestDatabase db, Path folder, Environment environment) {
        ConnectionSpec spec = ConnectionSpec.parse(db.url());
        return new Profile(name, spec.host(), spec.port(), spec.database(), spec.user(), null, null, "auto",
                folder.toString(), environment, null, null);
    }

    /** A profile of a server nobody listens on: a closed port on this machine. */
    public static Profile unreachable(String name, Path folder, Environment environment) throws java.io.IOException {
        int closed;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        return new Profile(name, "127.0.0.1", closed, "gone", "nobody", null, null, "auto", folder.toString(),
                environment, null, null);
    }
}
