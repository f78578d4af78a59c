package io.migrascope.bench;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** How to start another JVM like the one running the harness. */
public final class ChildJava {
    private ChildJava() {
    }

    /** The harness's own java, so every contender and the floor run on the same runtime. */
    public static String executable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * The test class path. Under {@code exec:java} the harness runs inside Maven, whose
     * {@code java.class.path} is Maven's launcher; the project's class path is then the URLs of
     * the class loader exec:java made.
     */
    public static String testClasspath() {
        ClassLoader loader = ChildJava.class.getClassLoader();
        if (loader instanceof URLClassLoader urls && urls.getURLs().length > 0) {
            List<String> entries = new ArrayList<>();
            for (URL url : urls.getURLs()) {
                try {
                    entries.add(Path.of(url.toURI()).toString());
                } catch (URISyntaxException e) {
                    throw new IllegalStateException("unusable class path entry " + url, e);
                }
            }
            return String.join(File.pathSeparator, entries);
        }
        return System.getProperty("java.class.path");
    }
}
