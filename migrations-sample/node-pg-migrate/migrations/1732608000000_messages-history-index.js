/**
 * Conversation history reads the newest messages first. The index is built CONCURRENTLY so that
 * writes to messages go on meanwhile; PostgreSQL refuses that inside a transaction, so this
 * migration leaves node-pg-migrate's transaction with pgm.noTransaction().
 *
 * A JavaScript migration: node-pg-migrate runs it, Migrascope reads and repairs its tracking row
 * (its name is the file name without ".js") but never runs it.
 *
 * @param {import('node-pg-migrate').MigrationBuilder} pgm
 */
exports.up = (pgm) => {
  pgm.noTransaction();
  pgm.createIndex('messages', ['conversation_id', { name: 'created_at', sort: 'DESC' }], {
    name: 'messages_conversation_created_idx',
    concurrently: true,
  });
};

exports.down = (pgm) => {
  pgm.noTransaction();
  pgm.dropIndex('messages', [], { name: 'messages_conversation_created_idx', concurrently: true });
};
