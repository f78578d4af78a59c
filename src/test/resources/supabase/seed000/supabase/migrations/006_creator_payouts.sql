create table public.payouts (
  id bigint generated always as identity primary key,
  creator_id bigint not null references public.creators (id),
  amount_cents bigint not null check (amount_cents > 0)
);
