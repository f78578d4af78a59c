package io.migrascope.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The command line of {@code migrascope demo} without a server: usage and the printed commands. */
class DemoMainTest {

    @Test
    void usageMistakesExitWith64AndSayHowToCallIt() {
        for (String[] args : List.of(new String[0], new String[] {"launch"}, new String[] {"status", "--verbose"})) {
            StringWriter text = new StringWriter();
            assertEquals(DemoMain.USAGE, DemoMain.run(new PrintWriter(text), args), String.join(" ", args));
            assertTrue(text.toString().contains("usage: migrascope demo start|reset|status"), text.toString());
        }
        StringWriter help = new StringWriter();
        assertEquals(DemoMain.OK, DemoMain.run(new PrintWriter(help), "--help"));
    }

    @Test
    void theStatusCommandOfADatabaseCanBePastedIntoAShell() {
        DemoDatabase d = new DemoDatabase("demo_native", "native", Path.of("/home/ann/My Data/demo/migrations/native"),
                "jdbc:postgresql://localhost:54321/demo_native?user=postgres", 54321, "002", "t", "d", List.of(),
                List.of());
        assertEquals("migrascope status --url postgres://postgres@localhost:54321/demo_native --dir "
                + ShellWords.quote(d.folder().toString()) + " --tool native", d.statusCommand("migrascope"));
        if (!System.getProperty("os.name", "").startsWith("Windows")) {
            assertEquals("'/home/ann/My Data'", ShellWords.quote("/home/ann/My Data"));
            assertEquals("'it'\\''s'", ShellWords.quote("it's"));
            assertEquals("/plain/path-1.2", ShellWords.quote("/plain/path-1.2"));
        }
        assertEquals(" (seed 002)", d.seedLabel());
    }

    @Test
    void theStoryIsWrappedUnderItsLabel() {
        String wrapped = DemoText.wrap("word ".repeat(60).strip());
        for (String line : wrapped.split("\n")) {
            assertTrue(line.length() <= 100, line);
        }
        assertTrue(wrapped.lines().skip(1).allMatch(l -> l.startsWith("            word")));
    }
}
