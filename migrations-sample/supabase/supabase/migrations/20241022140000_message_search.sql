-- Full-text search over messages: a generated tsvector column and its GIN index.
alter table public.messages
  add column search tsvector generated always as (to_tsvector('simple', body)) stored;

create index messages_search_idx on public.messages using gin (search);
