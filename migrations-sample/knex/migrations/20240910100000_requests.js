/**
 * Work requests with a status, a priority, an optional assignee and a comment thread. The two
 * enums become PostgreSQL types (useNative), as in the SQL versions of this schema.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function (knex) {
  await knex.schema.createTable('requests', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('organization_id').notNullable().references('id').inTable('organizations').onDelete('CASCADE');
    t.uuid('created_by').references('id').inTable('users').onDelete('SET NULL');
    t.uuid('assigned_to').references('id').inTable('users').onDelete('SET NULL');
    t.text('title').notNullable();
    t.text('description');
    t.enu('status', ['open', 'in_progress', 'blocked', 'resolved', 'closed'], {
      useNative: true,
      enumName: 'request_status',
    }).notNullable().defaultTo('open');
    t.enu('priority', ['low', 'normal', 'high', 'urgent'], {
      useNative: true,
      enumName: 'request_priority',
    }).notNullable().defaultTo('normal');
    t.date('due_date');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.check('char_length(title) BETWEEN 3 AND 200', [], 'requests_title_length');
    t.index(['organization_id'], 'requests_organization_id_idx');
    t.index(['assigned_to'], 'requests_assigned_to_idx');
  });

  await knex.schema.createTable('request_comments', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('request_id').notNullable().references('id').inTable('requests').onDelete('CASCADE');
    t.uuid('author_id').references('id').inTable('users').onDelete('SET NULL');
    t.text('body').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.check('char_length(body) > 0', [], 'request_comments_body_not_empty');
    t.index(['request_id', 'created_at'], 'request_comments_request_id_idx');
  });

  await knex.raw(`
CREATE TRIGGER requests_set_updated_at BEFORE UPDATE ON requests
    FOR EACH ROW EXECUTE FUNCTION set_updated_at()`);
};

/** @param {import('knex').Knex} knex */
exports.down = async function (knex) {
  await knex.schema.dropTable('request_comments');
  await knex.schema.dropTable('requests');
  await knex.raw('DROP TYPE request_priority');
  await knex.raw('DROP TYPE request_status');
};
