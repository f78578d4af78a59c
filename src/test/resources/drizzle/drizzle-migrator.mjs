// Runs drizzle-orm's own code, as an application does, for Migrascope's interoperability tests.
//   node drizzle-migrator.mjs migrate <postgres-url> <out-folder>
//       drizzle-orm/node-postgres/migrator migrate(drizzle(pool), { migrationsFolder })
//   node drizzle-migrator.mjs read <out-folder>
//       drizzle-orm/migrator readMigrationFiles: prints [{folderMillis, hash}] as JSON
// The script is copied next to the node_modules the tests install, so the imports resolve there.
import pg from "pg";
import { drizzle } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import { readMigrationFiles } from "drizzle-orm/migrator";

const [mode, ...args] = process.argv.slice(2);
if (mode === "read") {
  const files = readMigrationFiles({ migrationsFolder: args[0] });
  console.log(JSON.stringify(files.map((m) => ({ folderMillis: m.folderMillis, hash: m.hash }))));
} else if (mode === "migrate") {
  const pool = new pg.Pool({ connectionString: args[0] });
  try {
    await migrate(drizzle(pool), { migrationsFolder: args[1] });
    console.log("migrated");
  } catch (e) {
    console.error(String(e.message) + (e.cause ? "\ncause: " + e.cause.message : ""));
    process.exitCode = 1;
  } finally {
    await pool.end();
  }
} else {
  console.error("usage: drizzle-migrator.mjs migrate <url> <folder> | read <folder>");
  process.exitCode = 64;
}
