-- Per-user pinned requests in the sidebar. This file was started by copying the attachments
-- migration, and its timestamp was never changed: both files claim version 20241008093000.
create table public.request_pins (
  request_id uuid not null references public.requests (id) on delete cascade,
  user_id uuid not null references public.users (id) on delete cascade,
  position smallint not null default 0 check (position >= 0),
  pinned_at timestamptz not null default now(),
  primary key (request_id, user_id)
);

create index request_pins_user_position_idx on public.request_pins (user_id, position);

alter table public.request_pins enable row level security;
