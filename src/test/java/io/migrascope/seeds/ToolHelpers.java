package io.migrascope.seeds;

import io.migrascope.testing.TestDatabase;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The tool helpers of {@code core/tool/*} for the seed walks. They are package-private in their
 * tools' test packages (this package may not change them), so they are reached by reflection here,
 * in one place: what Prisma's engine writes ({@code prisma.PrismaEngineRows}), the real Supabase CLI
 * ({@code supabase.SupabaseCli}) and the real drizzle-orm migrator ({@code drizzle.DrizzleNode}).
 */
final class ToolHelpers {
    private static final String TOOL = "io.migrascope.core.tool.";

    private ToolHelpers() {
    }

    /** A command's exit code and output, from the helpers' own result records. */
    record Run(int exitCode, String output) {
        boolean ok() {
            return exitCode == 0;
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n" + output;
        }
    }

    /** prisma.PrismaEngineRows: the rows Prisma's schema engine writes, statement by statement. */
    static final class PrismaEngine {
        private final Object rows;

        /** Creates {@code _prisma_migrations} as the first deploy does. */
        PrismaEngine(TestDatabase db) {
            rows = construct(TOOL + "prisma.PrismaEngineRows", new Class<?>[] {TestDatabase.class}, db);
        }

        /** {@code migrate deploy} ran the script to the end. */
        void deployed(String name, String script) {
            call(rows, "deployed", new Class<?>[] {String.class, String.class}, name, script);
        }

        /** {@code migrate deploy} stopped in the script: the row stays unfinished, with the logs. */
        void failed(String name, String script, String logs) {
            call(rows, "failed", new Class<?>[] {String.class, String.class, String.class}, name, script, logs);
        }

        static String checksum(String script) {
            return (String) callStatic(TOOL + "prisma.PrismaEngineRows", "checksum", new Class<?>[] {String.class},
                    script);
        }
    }

    /** supabase.SupabaseCli: the real Supabase CLI from npm, against the test database. */
    static Run supabase(TestDatabase db, Path project, String... args) {
        Object cli = construct(TOOL + "supabase.SupabaseCli", new Class<?>[] {TestDatabase.class, Path.class}, db,
                project);
        Object run = call(cli, "run", new Class<?>[] {String[].class}, (Object) args);
        return new Run((Integer) call(run, "exitCode", new Class<?>[0]), (String) call(run, "output", new Class<?>[0]));
    }

    /** The statements the Supabase CLI runs to create its tracking table (CreateMigrationTable). */
    @SuppressWarnings("unchecked")
    static List<String> supabaseTableDdl() {
        try {
            java.lang.reflect.Field f = Class.forName(TOOL + "supabase.SupabaseStatusTest").getDeclaredField("CLI_DDL");
            open(f);
            return (List<String>) f.get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** drizzle.DrizzleNode.migrate: the real drizzle-orm migrate() on the out folder. */
    static Run drizzleMigrate(TestDatabase db, Path out) {
        Object result = callStatic(TOOL + "drizzle.DrizzleNode", "migrate", new Class<?>[] {TestDatabase.class,
                Path.class}, db, out);
        return new Run((Integer) call(result, "exitCode", new Class<?>[0]), (String) call(result, "output",
                new Class<?>[0]));
    }

    private static Object construct(String cls, Class<?>[] types, Object... args) {
        try {
            Constructor<?> c = Class.forName(cls).getDeclaredConstructor(types);
            open(c);
            return c.newInstance(args);
        } catch (InvocationTargetException e) {
            throw rethrow(e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(cls + Arrays.toString(types) + ": " + e, e);
        }
    }

    private static Object call(Object target, String name, Class<?>[] types, Object... args) {
        try {
            Method m = target.getClass().getDeclaredMethod(name, types);
            open(m);
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw rethrow(e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(target.getClass().getName() + "." + name + ": " + e, e);
        }
    }

    private static Object callStatic(String cls, String name, Class<?>[] types, Object... args) {
        try {
            Method m = Class.forName(cls).getDeclaredMethod(name, types);
            open(m);
            return m.invoke(null, args);
        } catch (InvocationTargetException e) {
            throw rethrow(e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(cls + "." + name + ": " + e, e);
        }
    }

    private static void open(AccessibleObject o) {
        o.setAccessible(true);
    }

    /** The helper's own failure (an assumption not met, an assertion) passes through unchanged. */
    private static RuntimeException rethrow(InvocationTargetException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException r) {
            throw r;
        }
        if (cause instanceof Error err) {
            throw err;
        }
        throw new IllegalStateException(cause);
    }
}
