# The in-app notification feed. The bell icon counts unread rows only; the partial index keeps
# only those.
class CreateNotifications < ActiveRecord::Migration[6.1]
  def up
    execute "CREATE TYPE notification_kind AS ENUM ('request_assigned', 'request_comment', 'direct_message', 'mention')"

    create_table :notifications, id: :uuid, default: -> { "gen_random_uuid()" } do |t|
      t.references :user, type: :uuid, null: false, index: false, foreign_key: { on_delete: :cascade }
      t.column :kind, :notification_kind, null: false
      t.references :request, type: :uuid, index: false, foreign_key: { on_delete: :cascade }
      t.references :message, type: :uuid, index: false, foreign_key: { on_delete: :cascade }
      t.jsonb :payload, null: false, default: {}
      t.datetime :read_at
      t.datetime :created_at, null: false, default: -> { "now()" }
      t.index [:user_id, :created_at], order: { created_at: :desc }, where: "read_at IS NULL",
                                       name: "notifications_unread_idx"
    end
  end

  def down
    drop_table :notifications
    execute "DROP TYPE notification_kind"
  end
end
