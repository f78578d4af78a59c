-- The in-app notification feed.
create type public.notification_kind as enum ('request_assigned', 'request_comment', 'direct_message', 'mention');

create table public.notifications (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.users (id) on delete cascade,
  kind public.notification_kind not null,
  request_id uuid references public.requests (id) on delete cascade,
  message_id uuid references public.messages (id) on delete cascade,
  payload jsonb not null default '{}'::jsonb,
  read_at timestamptz,
  created_at timestamptz not null default now()
);

-- The bell icon counts unread rows only; keep that index small.
create index notifications_unread_idx on public.notifications (user_id, created_at desc)
  where read_at is null;

alter table public.notifications enable row level security;
