# Work requests with a status, a priority, an optional assignee and a comment thread. The two
# enums are PostgreSQL types (created with SQL: create_enum arrived only in Rails 7).
class CreateRequests < ActiveRecord::Migration[6.1]
  def up
    execute "CREATE TYPE request_status AS ENUM ('open', 'in_progress', 'blocked', 'resolved', 'closed')"
    execute "CREATE TYPE request_priority AS ENUM ('low', 'normal', 'high', 'urgent')"

    create_table :requests, id: :uuid, default: -> { "gen_random_uuid()" } do |t|
      t.references :organization, type: :uuid, null: false, foreign_key: { on_delete: :cascade }
      t.references :created_by, type: :uuid, index: false, foreign_key: { to_table: :users, on_delete: :nullify }
      t.references :assigned_to, type: :uuid, foreign_key: { to_table: :users, on_delete: :nullify }
      t.text :title, null: false
      t.text :description
      t.column :status, :request_status, null: false, default: "open"
      t.column :priority, :request_priority, null: false, default: "normal"
      t.date :due_date
      t.timestamps default: -> { "now()" }
      t.check_constraint "char_length(title) BETWEEN 3 AND 200", name: "requests_title_length"
    end

    create_table :request_comments, id: :uuid, default: -> { "gen_random_uuid()" } do |t|
      t.references :request, type: :uuid, null: false, index: false, foreign_key: { on_delete: :cascade }
      t.references :author, type: :uuid, index: false, foreign_key: { to_table: :users, on_delete: :nullify }
      t.text :body, null: false
      t.datetime :created_at, null: false, default: -> { "now()" }
      t.index [:request_id, :created_at]
      t.check_constraint "char_length(body) > 0", name: "request_comments_body_not_empty"
    end

    execute <<~SQL
      CREATE TRIGGER requests_set_updated_at BEFORE UPDATE ON requests
          FOR EACH ROW EXECUTE FUNCTION set_updated_at();
    SQL
  end

  def down
    drop_table :request_comments
    drop_table :requests
    execute "DROP TYPE request_priority"
    execute "DROP TYPE request_status"
  end
end
