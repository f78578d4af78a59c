# Organizations (the teams using the app) and their users, plus the updated_at trigger function
# every later table reuses (raw SQL: ActiveRecord has no CREATE FUNCTION).
class CreateOrganizationsAndUsers < ActiveRecord::Migration[6.1]
  def up
    create_table :organizations, id: :uuid, default: -> { "gen_random_uuid()" } do |t|
      t.text :name, null: false
      t.text :slug, null: false, index: { unique: true }
      t.timestamps default: -> { "now()" }
    end
    execute "ALTER TABLE organizations ADD CONSTRAINT organizations_name_length CHECK (char_length(name) BETWEEN 1 AND 200)"

    create_table :users, id: :uuid, default: -> { "gen_random_uuid()" } do |t|
      t.references :organization, type: :uuid, null: false, foreign_key: { on_delete: :cascade }
      t.text :email, null: false
      t.text :display_name, null: false
      t.boolean :is_active, null: false, default: true
      t.timestamps default: -> { "now()" }
    end
    execute "CREATE UNIQUE INDEX users_email_lower_idx ON users (lower(email))"

    execute <<~SQL
      CREATE FUNCTION set_updated_at() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
          NEW.updated_at := now();
          RETURN NEW;
      END;
      $$;

      CREATE TRIGGER organizations_set_updated_at BEFORE UPDATE ON organizations
          FOR EACH ROW EXECUTE FUNCTION set_updated_at();
      CREATE TRIGGER users_set_updated_at BEFORE UPDATE ON users
          FOR EACH ROW EXECUTE FUNCTION set_updated_at();
    SQL
  end

  def down
    drop_table :users
    drop_table :organizations
    execute "DROP FUNCTION set_updated_at()"
  end
end
