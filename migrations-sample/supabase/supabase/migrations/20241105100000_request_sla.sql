-- Response and resolution targets per priority, and when a request first got an answer.
create table public.request_sla_policies (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references public.organizations (id) on delete cascade,
  priority public.request_priority not null,
  respond_within interval not null check (respond_within > interval '0'),
  resolve_within interval not null check (resolve_within >= respond_within),
  created_at timestamptz not null default now(),
  unique (organization_id, priority)
);

alter table public.requests add column first_response_at timestamptz;

alter table public.request_sla_policies enable row level security;
