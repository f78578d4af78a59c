package io.migrascope.cli;

import io.migrascope.core.db.ConnectException;
import io.migrascope.core.db.LockHeldException;
import io.migrascope.core.tool.Tools;
import io.migrascope.core.tool.TrackingTableException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.sql.SQLException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** One clear line per failure, never a stack trace, and the exit code of the CLI contract. */
final class FailureHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cl, ParseResult parsed) {
        cl.getOut().flush();
        cl.getErr().println("migrascope: " + message(e));
        cl.getErr().flush();
        return exitCode(e);
    }

    static int exitCode(Exception e) {
        if (e instanceof IllegalArgumentException || e instanceof Tools.AmbiguousToolException) {
            return Cli.USAGE;
        }
        if (e instanceof LockHeldException || e instanceof CommandFailure) {
            return Cli.PROBLEMS;
        }
        return Cli.CANNOT_CONNECT_OR_READ;
    }

    static String message(Exception e) {
        if (e instanceof NoSuchFileException || e instanceof NotDirectoryException) {
            return e.getMessage();
        }
        if (e instanceof AccessDeniedException) {
            return "cannot read " + e.getMessage() + ": permission denied";
        }
        if (e instanceof SQLException sql) {
            return "the database refused a read (SQLSTATE " + sql.getSQLState() + ": " + firstLine(sql.getMessage())
                    + "); check the role's rights on the tracking table and the schema";
        }
        if (e instanceof ConnectException || e instanceof TrackingTableException || e instanceof LockHeldException
                || e instanceof CommandFailure || e instanceof IllegalArgumentException
                || e instanceof Tools.AmbiguousToolException) {
            return e.getMessage();
        }
        if (e instanceof IOException) {
            return "cannot read the migrations folder: " + e;
        }
        return "unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage()
                + " (please report this with the command you ran)";
    }

    private static String firstLine(String m) {
        if (m == null) {
            return "";
        }
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
