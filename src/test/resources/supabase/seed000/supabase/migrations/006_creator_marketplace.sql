-- The marketplace listing of each creator.
create table public.listings (
  id bigint generated always as identity primary key,
  creator_id bigint not null references public.creators (id),
  title text not null
);
create index listings_creator_id on public.listings (creator_id);
