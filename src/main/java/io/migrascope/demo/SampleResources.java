package io.migrascope.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The sample folders as they travel on the class path ({@code io/migrascope/demo/samples/<sample>/}),
 * from a folder ({@code target/classes} while developing) or from inside the jar. The folder is
 * listed directly rather than from an index file: an index inside the sample folders would itself
 * show up as a file that is not a migration, and the native sample is not the demo's to change.
 */
final class SampleResources {
    static final String ROOT = "io/migrascope/demo/samples";

    private final ClassLoader loader;
    /** Sample name to its files, relative paths with '/' separators, sorted. */
    private final Map<String, List<String>> files;

    private SampleResources(ClassLoader loader, Map<String, List<String>> files) {
        this.loader = loader;
        this.files = files;
    }

    static SampleResources load() throws IOException {
        return load(SampleResources.class.getClassLoader());
    }

    static SampleResources load(ClassLoader loader) throws IOException {
        URL root = loader.getResource(ROOT);
        if (root == null) {
            throw new IOException("the demo samples are missing from the class path (" + ROOT + "); this build of"
                    + " Migrascope was packaged without migrations-sample/");
        }
        List<String> paths = switch (root.getProtocol()) {
            case "file" -> listFolder(root);
            case "jar" -> listJar(root);
            default -> throw new IOException("cannot list the demo samples at " + root + " (a class path of type '"
                    + root.getProtocol() + "'); run Migrascope from its jar or from a build folder");
        };
        Map<String, List<String>> bySample = new TreeMap<>();
        for (String p : paths) {
            int slash = p.indexOf('/');
            if (slash > 0 && !hidden(p)) {
                bySample.computeIfAbsent(p.substring(0, slash), s -> new ArrayList<>()).add(p.substring(slash + 1));
            }
        }
        bySample.values().forEach(l -> l.sort(null));
        return new SampleResources(loader, bySample);
    }

    /** Editor and OS droppings (.DS_Store, .gitkeep) are not part of a sample. */
    private static boolean hidden(String path) {
        for (String part : path.split("/")) {
            if (part.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static List<String> listFolder(URL root) throws IOException {
        Path dir;
        try {
            dir = Paths.get(root.toURI());
        } catch (URISyntaxException e) {
            throw new IOException("cannot read the demo samples at " + root, e);
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> dir.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/"))
                    .toList();
        }
    }

    private static List<String> listJar(URL root) throws IOException {
        JarURLConnection connection = (JarURLConnection) root.openConnection();
        // Our own JarFile, closed here: the shared cached one may be in use by the class loader.
        connection.setUseCaches(false);
        List<String> out = new ArrayList<>();
        try (JarFile jar = connection.getJarFile()) {
            String prefix = ROOT + "/";
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry e = entries.nextElement();
                if (!e.isDirectory() && e.getName().startsWith(prefix)) {
                    out.add(e.getName().substring(prefix.length()));
                }
            }
        }
        return out;
    }

    boolean has(String sample) {
        return files.containsKey(sample);
    }

    /** The sample's files, relative to its folder, sorted. */
    List<String> files(String sample) {
        List<String> list = files.get(sample);
        if (list == null) {
            throw new IllegalArgumentException("no demo sample '" + sample + "' on the class path (have "
                    + files.keySet() + ")");
        }
        return list;
    }

    byte[] read(String sample, String relative) throws IOException {
        String name = ROOT + "/" + sample + "/" + relative;
        try (InputStream in = loader.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("the demo sample file " + name + " is listed but cannot be read");
            }
            return in.readAllBytes();
        }
    }

    /** Writes the sample's files under {@code target}, which must not exist yet or be empty. */
    void copy(String sample, Path target) throws IOException {
        Files.createDirectories(target);
        for (String relative : files(sample)) {
            Path out = target.resolve(relative);
            Files.createDirectories(out.getParent());
            Files.write(out, read(sample, relative));
        }
    }

    /**
     * A digest of the sample's names and bytes. A demo database built from other bytes (an older
     * Migrascope) is rebuilt on the next open, so the demo never shows a stale story.
     */
    String fingerprint(String sample) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        try {
            files(sample).forEach(relative -> {
                sha.update(relative.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                try {
                    sha.update(read(sample, relative));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                sha.update((byte) 0);
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
    }
}
