package io.migrascope.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code java -jar migrascope.jar COMMAND --url URL --dir DIR ...}, as a user types it. */
final class MigrascopeJar {
    private MigrascopeJar() {
    }

    static List<String> command(BenchOptions options, List<String> jvmOptions, String subcommand, String url,
                                Path dir, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(ChildJava.executable());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", options.jar().toString(), subcommand, "--url", url, "--dir", dir.toString()));
        command.addAll(args);
        return command;
    }

    static List<String> status(BenchOptions options, String url, Path dir, List<String> args) {
        return command(options, List.of(), "status", url, dir, args);
    }
}
