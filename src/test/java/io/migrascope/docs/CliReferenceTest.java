package io.migrascope.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.migrascope.cli.Cli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * docs/cli.md is generated from picocli's own help, so it cannot drift from the code. Regenerate it
 * with {@code mvn -B test -Dtest=CliReferenceTest -Dmigrascope.writeDocs=true}.
 */
class CliReferenceTest {
    private static final Path PAGE = Path.of("docs", "cli.md");

    @Test
    void theCliReferenceMatchesTheCommands() throws IOException {
        String generated = generate();
        if (Boolean.getBoolean("migrascope.writeDocs")) {
            Files.writeString(PAGE, generated);
        }
        assertEquals(generated, Files.readString(PAGE),
                "docs/cli.md is out of date: run mvn -B test -Dtest=CliReferenceTest -Dmigrascope.writeDocs=true");
    }

    static String generate() {
        CommandLine root = Cli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        StringBuilder md = new StringBuilder("# Command-line reference\n\n"
                + "Generated from the commands' own help (`migrascope <command> --help`); a test keeps it current.\n"
                + "Run it as `java -jar target/migrascope.jar <command>`.\n");
        append(md, root, 2);
        return md.toString();
    }

    private static void append(StringBuilder md, CommandLine cl, int level) {
        md.append('\n').append("#".repeat(level)).append(' ').append(cl.getCommandSpec().qualifiedName()).append("\n\n```\n")
                .append(cl.getUsageMessage(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF)).stripTrailing())
                .append("\n```\n");
        cl.getSubcommands().values().stream().distinct()
                .forEach(sub -> append(md, sub, Math.min(level + 1, 4)));
    }
}
