# Emoji reactions to messages: one per user, message and emoji.
class CreateMessageReactions < ActiveRecord::Migration[6.1]
  def change
    create_table :message_reactions, primary_key: [:message_id, :user_id, :emoji] do |t|
      t.references :message, type: :uuid, null: false, index: false, foreign_key: { on_delete: :cascade }
      t.references :user, type: :uuid, null: false, foreign_key: { on_delete: :cascade }
      t.text :emoji, null: false
      t.datetime :created_at, null: false, default: -> { "now()" }
      t.check_constraint "char_length(emoji) BETWEEN 1 AND 16", name: "message_reactions_emoji_length"
    end
  end
end
