# Conversation history reads the newest messages first. The index is built CONCURRENTLY so that
# writes to messages go on meanwhile; PostgreSQL refuses that inside a transaction, so this
# migration leaves ActiveRecord's transaction (disable_ddl_transaction!).
class AddMessagesHistoryIndex < ActiveRecord::Migration[6.1]
  disable_ddl_transaction!

  def change
    add_index :messages, [:conversation_id, :created_at], order: { created_at: :desc },
                                                          name: "messages_conversation_created_idx",
                                                          algorithm: :concurrently
  end
end
