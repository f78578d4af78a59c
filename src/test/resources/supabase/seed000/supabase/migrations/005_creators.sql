create table public.creators (
  id bigint generated always as identity primary key,
  handle text not null unique
);
