package io.migrascope.core.action;

import io.migrascope.core.sql.SqlStatement;
import io.migrascope.core.tool.RunOutcome;
import io.migrascope.core.tool.SqlCommand;
import io.migrascope.core.tool.TrackingWriter;
import io.migrascope.core.sql.StatementClassifier;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** Runs one planned file on the work connection: in one transaction, or statement by statement. */
final class FileRunner {
    private static final String ROLLED_BACK = "Nothing of this file was applied (its transaction was rolled back); ";
    private static final String BEFORE_IT = " file(s) before it are applied and recorded.";
    private final Connection work;
    private final TrackingWriter writer;
    private final Cancellation cancellation;
    private final ApplyListener listener;

    FileRunner(Connection work, TrackingWriter writer, Cancellation cancellation, ApplyListener listener) {
        this.work = work;
        this.listener = listener;
        this.writer = writer;
        this.cancellation = cancellation;
    }

    RunOutcome run(PlannedFile p, int filesBefore) throws ActionException, SQLException {
        return p.transactional() ? inTransaction(p, filesBefore) : inAutocommit(p, filesBefore);
    }

    private RunOutcome inTransaction(PlannedFile p, int filesBefore) throws ActionException, SQLException {
        work.setAutoCommit(false);
        long start = System.nanoTime();
        int ran = 0;
        boolean committing = false;
        try (Statement st = statement()) {
            List<SqlStatement> statements = p.statements();
            while (ran < statements.size()) {
                int end = batchEnd(statements, ran);
                if (end - ran == 1) {
                    st.execute(statements.get(ran).text());
                } else {
                    runBatch(st, statements, ran, end);
                }
                ran = end;
            }
            RunOutcome outcome = new RunOutcome(true, millisSince(start), ran, null);
            try {
                SqlCommands.run(work, writer.recordRun(p.file(), outcome));
            } catch (SQLException e) {
                if (!"23505".equals(e.getSQLState())) {
                    throw e;
                }
                return alreadyTracked(p, st, e, filesBefore);
            }
            committing = true;
            work.commit();
            return outcome;
        } catch (BatchFailure f) {
            rollbackQuietly();
            throw failure(p, f.failedAt, f.error(), ROLLED_BACK + filesBefore + BEFORE_IT);
        } catch (SQLException e) {
            rollbackQuietly();
            String consequence = committing && ConnectionLoss.is(e)
                    // The COMMIT may have reached the server before the connection broke.
                    ? "Whether its transaction committed is unknown: its objects and its tracking row committed"
                    + " together or not at all; status shows which. "
                    : ROLLED_BACK;
            throw failure(p, ran, e, consequence + filesBefore + BEFORE_IT);
        } finally {
            cancellation.running(null);
        }
    }

    /**
     * Where the batch that starts at {@code from} ends: consecutive statements that return no rows go
     * to the server in one round trip (a file of four statements took four; the round trips were a
     * fifth of applying 1,000 small files). A statement that may return rows goes alone.
     */
    private static int batchEnd(List<SqlStatement> statements, int from) {
        int end = from;
        while (end < statements.size() && StatementClassifier.returnsNoRows(statements.get(end).text())) {
            end++;
        }
        return Math.max(end, from + 1);
    }

    /**
     * Runs statements {@code from} to {@code end} as one batch. The driver's batch error does not
     * say which statement failed, and the message must: the file's transaction is rolled back, and
     * its statements run again one by one, in a transaction that is rolled back too, up to the one
     * that fails. Not after a cancel or a lost connection, which are reported as they are.
     */
    private void runBatch(Statement st, List<SqlStatement> statements, int from, int end)
            throws SQLException, BatchFailure {
        for (int i = from; i < end; i++) {
            st.addBatch(statements.get(i).text());
        }
        try {
            st.executeBatch();
        } catch (BatchUpdateException e) {
            SQLException error = e.getNextException() != null ? e.getNextException() : e;
            if (ConnectionLoss.is(error) || cancellation.isCancelled()) {
                throw error;
            }
            rollbackQuietly();
            throw locate(st, statements, from, end, error);
        } finally {
            st.clearBatch();
        }
    }

    private BatchFailure locate(Statement st, List<SqlStatement> statements, int from, int end, SQLException error)
            throws SQLException {
        try {
            for (int i = 0; i < end; i++) {
                try {
                    st.execute(statements.get(i).text());
                } catch (SQLException again) {
                    return new BatchFailure(i, again);
                }
            }
            // It did not fail again (a lock timeout, a deadlock): the batch's own error, at its first statement.
            return new BatchFailure(from, error);
        } finally {
            rollbackQuietly();
        }
    }

    /** A batch failed at statement {@code failedAt} (0-based) with {@code error}; the transaction is rolled back. */
    private static final class BatchFailure extends Exception {
        private static final long serialVersionUID = 1L;
        private final int failedAt;

        BatchFailure(int failedAt, SQLException error) {
            super(error.getMessage(), error, false, false);
            this.failedAt = failedAt;
        }

        SQLException error() {
            return (SQLException) getCause();
        }
    }

    /**
     * Seed 000: the tracking row's key exists already — the file itself inserted its row (a dump that
     * carries tracking data), so the tool's own insert collides (SQLSTATE 23505). Recognised as
     * "already tracked": the file runs again without our row only if the user confirms.
     */
    private RunOutcome alreadyTracked(PlannedFile p, Statement st, SQLException e, int filesBefore)
            throws SQLException, ActionException {
        rollbackQuietly();
        String detail = p.file().file() + " ran, but its tracking row already exists when the tool records it"
                + " (SQLSTATE 23505: " + firstLine(e) + "): the file inserts its own tracking row.";
        if (!listener.confirmAlreadyTracked(p.file(), detail)) {
            throw new ActionException(detail + " Nothing of it was applied. Remove the tracking INSERT from the file,"
                    + " or confirm that its own row may stand (--accept-already-tracked). " + filesBefore
                    + " file(s) before it are applied and recorded.", "23505", e);
        }
        long start = System.nanoTime();
        for (SqlStatement s : p.statements()) {
            st.execute(s.text());
        }
        work.commit();
        return new RunOutcome(true, millisSince(start), p.statements().size(), null);
    }

    private RunOutcome inAutocommit(PlannedFile p, int filesBefore) throws ActionException, SQLException {
        work.setAutoCommit(true);
        long start = System.nanoTime();
        int ran = 0;
        try (Statement st = statement()) {
            for (SqlStatement s : p.statements()) {
                st.execute(s.text());
                ran++;
            }
        } catch (SQLException e) {
            cancellation.running(null);
            String error = "statement " + (ran + 1) + ": SQLSTATE " + e.getSQLState() + ": " + firstLine(e);
            RunOutcome failed = new RunOutcome(false, millisSince(start), ran, error);
            String recorded;
            try {
                List<SqlCommand> record = writer.recordRun(p.file(), failed);
                SqlCommands.run(work, record);
                recorded = record.isEmpty()
                        ? "this tool keeps no failed state, so nothing is recorded for it."
                        : "it is recorded as failed with " + ran + " statement(s) run.";
            } catch (SQLException recordFailure) {
                recorded = "recording it as failed also failed (SQLSTATE " + recordFailure.getSQLState()
                        + "); its tracking row is missing.";
            }
            String consequence = ran + " of " + p.statements().size() + " statements ran and stay committed (this"
                    + " file cannot run in a transaction); " + recorded + " " + filesBefore
                    + " file(s) before it are applied and recorded." + (ConnectionLoss.is(e) ? cutOff(ran + 1) : "");
            throw failure(p, ran, e, consequence);
        } finally {
            cancellation.running(null);
        }
        RunOutcome outcome = new RunOutcome(true, millisSince(start), ran, null);
        SqlCommands.run(work, writer.recordRun(p.file(), outcome));
        return outcome;
    }

    private Statement statement() throws SQLException {
        Statement st = work.createStatement();
        // Migration SQL is sent as written: JDBC escape syntax ({fn ...}) must not rewrite it.
        st.setEscapeProcessing(false);
        cancellation.running(st);
        return st;
    }

    private ActionException failure(PlannedFile p, int ran, SQLException e, String consequence) {
        SqlStatement failed = p.statements().get(Math.min(ran, p.statements().size() - 1));
        int line = failed.startLine() + linesBefore(failed.text(), position(e));
        String state = e.getSQLState() == null ? "none" : e.getSQLState();
        String where = ran < p.statements().size()
                ? " at statement " + failed.index() + " of " + p.statements().size() + " (line " + line + "): "
                + failed.excerpt(80)
                : " after its last statement, while recording it";
        if (ConnectionLoss.is(e)) {
            String message = p.file().file() + " was interrupted" + where + " — " + ConnectionLoss.cause(e)
                    + " (SQLSTATE " + state + ": " + firstLine(e) + "). " + consequence
                    + " The file is not at fault: run apply again once the server answers.";
            return new ActionException(message, e.getSQLState(), e);
        }
        String what = "57014".equals(state) && cancellation.isCancelled() ? "was cancelled" : "failed";
        String message = p.file().file() + " " + what + where
                + " — SQLSTATE " + state + ": " + firstLine(e) + ". " + consequence
                + " Fix the file (or the database) and run apply again.";
        return new ActionException(message, e.getSQLState(), e);
    }

    /** The statement the lost connection cut off may or may not have finished on the server. */
    private static String cutOff(int statement) {
        return " Statement " + statement + " was cut off with the connection: if the server finished it first, it"
                + " is committed too (an interrupted CREATE INDEX CONCURRENTLY leaves an INVALID index to drop"
                + " before the rerun).";
    }

    private static int position(SQLException e) {
        if (e instanceof PSQLException pe) {
            ServerErrorMessage m = pe.getServerErrorMessage();
            if (m != null) {
                return m.getPosition();
            }
        }
        return 0;
    }

    private static int linesBefore(String text, int position) {
        int end = Math.min(Math.max(position - 1, 0), text.length());
        int lines = 0;
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }

    private static String firstLine(SQLException e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return (nl < 0 ? m : m.substring(0, nl)).replaceFirst("^ERROR: ", "");
    }

    private void rollbackQuietly() {
        try {
            work.rollback();
        } catch (SQLException ignored) {
            // The connection is gone; the server rolls the transaction back by itself.
        }
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
