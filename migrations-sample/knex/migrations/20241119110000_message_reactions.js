/**
 * Emoji reactions to messages: one per user, message and emoji.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = function (knex) {
  return knex.schema.createTable('message_reactions', (t) => {
    t.uuid('message_id').notNullable().references('id').inTable('messages').onDelete('CASCADE');
    t.uuid('user_id').notNullable().references('id').inTable('users').onDelete('CASCADE');
    t.text('emoji').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.primary(['message_id', 'user_id', 'emoji']);
    t.check('char_length(emoji) BETWEEN 1 AND 16', [], 'message_reactions_emoji_length');
    t.index(['user_id'], 'message_reactions_user_id_idx');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = function (knex) {
  return knex.schema.dropTable('message_reactions');
};
