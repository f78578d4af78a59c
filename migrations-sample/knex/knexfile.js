// Knex's configuration: PostgreSQL through the pg driver, the database from DATABASE_URL, the
// migrations in ./migrations (Knex's defaults otherwise: table knex_migrations, lock table
// knex_migrations_lock, files sorted by name).
module.exports = {
  client: 'pg',
  connection: process.env.DATABASE_URL,
  migrations: {
    directory: './migrations',
  },
};
