package io.migrascope.core.action;

import io.migrascope.core.model.FileProblem;
import io.migrascope.core.model.MigrationFile;
import io.migrascope.core.sql.SqlSplitter;
import io.migrascope.core.sql.SqlStatement;
import io.migrascope.core.sql.SqlSyntaxException;
import io.migrascope.core.tool.Checksums;
import io.migrascope.core.tool.ExecutableSql;
import io.migrascope.core.tool.MigrationTool;
import io.migrascope.core.tool.FileText;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/** Reads one file and splits it into the statements apply sends. */
final class FilePlanner {
    private FilePlanner() {
    }

    static PlannedFile plan(MigrationTool tool, MigrationFile f) throws UnrunnableFileException {
        for (FileProblem p : f.problems()) {
            if (p.kind() == FileProblem.Kind.UNREADABLE || p.kind() == FileProblem.Kind.NOT_EXECUTABLE) {
                throw new UnrunnableFileException(f.file() + " " + p.message());
            }
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(f.path());
        } catch (IOException e) {
            throw new UnrunnableFileException(f.file() + " cannot be read (" + e.getMessage() + ")");
        }
        String raw = FileText.decode(bytes).orElseThrow(
                () -> new UnrunnableFileException(f.file() + " is not valid UTF-8; re-save it as UTF-8"));
        if (!Checksums.normalizedSha256(raw).equals(f.normalizedChecksum())) {
            // The row we record carries the scanned checksum, so the text we run must be that text.
            throw new UnrunnableFileException(f.file() + " changed while it was being planned; run again");
        }
        ExecutableSql executable;
        try {
            executable = tool.executableSql(f, FileText.withoutBom(raw));
        } catch (IllegalArgumentException e) {
            throw new UnrunnableFileException(e.getMessage());
        }
        List<SqlStatement> statements;
        try {
            statements = SqlSplitter.split(executable.sql());
        } catch (SqlSyntaxException e) {
            throw new UnrunnableFileException(f.file() + ": " + e.getMessage() + "; fix the file, PostgreSQL would reject it");
        }
        List<String> nonTx = new ArrayList<>();
        executable.nonTransactional().ifPresent(nonTx::add);
        for (SqlStatement s : statements) {
            s.nonTransactionalReason().ifPresent(r -> nonTx.add("statement " + s.index() + ": " + r));
        }
        return new PlannedFile(f, statements, nonTx);
    }

    static final class UnrunnableFileException extends Exception {
        UnrunnableFileException(String message) {
            super(message);
        }
    }
}
