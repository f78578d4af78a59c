/**
 * Conversation history reads the newest messages first. The index is built CONCURRENTLY so that
 * writes to messages go on meanwhile; PostgreSQL refuses that inside a transaction, so this
 * migration opts out of Knex's transaction (config.transaction = false).
 *
 * @param {import('knex').Knex} knex
 */
exports.up = function (knex) {
  return knex.raw(
    'CREATE INDEX CONCURRENTLY messages_conversation_created_idx ON messages (conversation_id, created_at DESC)');
};

/** @param {import('knex').Knex} knex */
exports.down = function (knex) {
  return knex.raw('DROP INDEX CONCURRENTLY messages_conversation_created_idx');
};

exports.config = { transaction: false };
