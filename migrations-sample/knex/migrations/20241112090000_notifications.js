/**
 * The in-app notification feed. The partial index is raw SQL: the bell icon counts unread rows
 * only, so the index keeps only those.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function (knex) {
  await knex.schema.createTable('notifications', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('user_id').notNullable().references('id').inTable('users').onDelete('CASCADE');
    t.enu('kind', ['request_assigned', 'request_comment', 'direct_message', 'mention'], {
      useNative: true,
      enumName: 'notification_kind',
    }).notNullable();
    t.uuid('request_id').references('id').inTable('requests').onDelete('CASCADE');
    t.uuid('message_id').references('id').inTable('messages').onDelete('CASCADE');
    t.jsonb('payload').notNullable().defaultTo(knex.raw(`'{}'::jsonb`));
    t.timestamp('read_at', { useTz: true });
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });
  await knex.raw(
    'CREATE INDEX notifications_unread_idx ON notifications (user_id, created_at DESC) WHERE read_at IS NULL');
};

/** @param {import('knex').Knex} knex */
exports.down = async function (knex) {
  await knex.schema.dropTable('notifications');
  await knex.raw('DROP TYPE notification_kind');
};
