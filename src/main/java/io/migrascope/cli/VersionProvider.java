package io.migrascope.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest, so it never disagrees with the build. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"migrascope " + (v == null ? "development build" : v)};
    }
}
