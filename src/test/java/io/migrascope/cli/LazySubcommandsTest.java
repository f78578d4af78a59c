package io.migrascope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A run that names a sub-command builds only that one, and it is the same command as in the full tree. */
class LazySubcommandsTest {

    private static CommandLine tree(String first) {
        return Cli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), first);
    }

    @Test
    void eachSubcommandAloneHasTheHelpAndExitCodesOfTheFullTree() {
        CommandLine full = Cli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        assertThat(full.getSubcommands()).hasSizeGreaterThanOrEqualTo(8);
        full.getSubcommands().forEach((name, whole) -> {
            CommandLine alone = tree(name);
            assertThat(alone.getSubcommands()).containsOnlyKeys(name);
            CommandLine sub = alone.getSubcommands().get(name);
            assertThat(sub.getUsageMessage()).isEqualTo(whole.getUsageMessage());
            assertThat(sub.getCommandSpec().exitCodeOnInvalidInput()).isEqualTo(Cli.USAGE);
            assertThat(sub.getCommandSpec().exitCodeOnExecutionException()).isEqualTo(Cli.CANNOT_CONNECT_OR_READ);
        });
    }

    @Test
    void aTypoOrNoSubcommandGetsTheWholeTreeForUsageAndSuggestions() {
        assertThat(tree("statsu").getSubcommands()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(tree(null).getSubcommands()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(tree("--help").getSubcommands()).hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void aMistypedSubcommandIsAnsweredWithTheUsageExitCode() {
        assertThat(Cli.run(new String[] {"statsu"})).isEqualTo(Cli.USAGE);
    }
}
