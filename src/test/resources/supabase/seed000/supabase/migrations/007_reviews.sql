create table public.reviews (
  id bigint generated always as identity primary key,
  listing_id bigint not null references public.listings (id),
  stars smallint not null check (stars between 1 and 5)
);
