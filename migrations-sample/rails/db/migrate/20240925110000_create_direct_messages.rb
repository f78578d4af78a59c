# One-to-one chat between members of the same organization.
class CreateDirectMessages < ActiveRecord::Migration[6.1]
  def change
    create_table :conversations, id: :uuid, default: -> { "gen_random_uuid()" } do |t|
      t.references :organization, type: :uuid, null: false, index: false, foreign_key: { on_delete: :cascade }
      t.references :created_by, type: :uuid, index: false, foreign_key: { to_table: :users, on_delete: :nullify }
      t.datetime :last_message_at
      t.datetime :created_at, null: false, default: -> { "now()" }
    end

    create_table :conversation_participants, primary_key: [:conversation_id, :user_id] do |t|
      t.references :conversation, type: :uuid, null: false, index: false, foreign_key: { on_delete: :cascade }
      t.references :user, type: :uuid, null: false, foreign_key: { on_delete: :cascade }
      t.datetime :joined_at, null: false, default: -> { "now()" }
    end

    create_table :messages, id: :uuid, default: -> { "gen_random_uuid()" } do |t|
      t.references :conversation, type: :uuid, null: false, index: false, foreign_key: { on_delete: :cascade }
      t.references :sender, type: :uuid, index: false, foreign_key: { to_table: :users, on_delete: :nullify }
      t.text :body, null: false
      t.datetime :created_at, null: false, default: -> { "now()" }
      t.check_constraint "char_length(body) BETWEEN 1 AND 4000", name: "messages_body_length"
    end
  end
end
