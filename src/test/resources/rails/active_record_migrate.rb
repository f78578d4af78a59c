# Drives the real ActiveRecord migrator for RailsInteropTest, as bin/rails db:migrate would.
# Usage: DATABASE_URL=postgres://... ruby active_record_migrate.rb migrate|status|lock_id <db/migrate>
require "active_record"

ActiveRecord::Base.establish_connection(ENV.fetch("DATABASE_URL"))
context = ActiveRecord::MigrationContext.new(ARGV.fetch(1), ActiveRecord::SchemaMigration)

case ARGV.fetch(0)
when "migrate"
  context.migrate
  puts "migrated"
when "status"
  puts "needs_migration=#{context.needs_migration?}"
  puts "pending=#{context.open.pending_migrations.map(&:version).join(",")}"
  context.migrations_status.each { |status, version, name| puts "#{status}|#{version}|#{name}" }
when "lock_id"
  migrator = ActiveRecord::Migrator.new(:up, [], ActiveRecord::SchemaMigration)
  puts migrator.send(:generate_migrator_advisory_lock_id)
else
  abort "unknown command #{ARGV[0]}"
end
