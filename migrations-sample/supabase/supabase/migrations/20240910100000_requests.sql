-- Work requests with a status, a priority, an optional assignee and a comment thread.
create type public.request_status as enum ('open', 'in_progress', 'blocked', 'resolved', 'closed');
create type public.request_priority as enum ('low', 'normal', 'high', 'urgent');

create table public.requests (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references public.organizations (id) on delete cascade,
  created_by uuid references public.users (id) on delete set null,
  assigned_to uuid references public.users (id) on delete set null,
  title text not null check (char_length(title) between 3 and 200),
  description text,
  status public.request_status not null default 'open',
  priority public.request_priority not null default 'normal',
  due_date date,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create table public.request_comments (
  id uuid primary key default gen_random_uuid(),
  request_id uuid not null references public.requests (id) on delete cascade,
  author_id uuid references public.users (id) on delete set null,
  body text not null check (char_length(body) > 0),
  created_at timestamptz not null default now()
);

create index requests_organization_id_idx on public.requests (organization_id);
create index requests_assigned_to_idx on public.requests (assigned_to);
create index request_comments_request_id_idx on public.request_comments (request_id, created_at);

create trigger requests_set_updated_at
  before update on public.requests
  for each row execute function public.set_updated_at();

alter table public.requests enable row level security;
alter table public.request_comments enable row level security;

-- Members see their organization's requests; the organization comes from the JWT the API verified.
create policy "members read their organization's requests"
  on public.requests for select
  using (organization_id = (current_setting('request.jwt.claims', true)::jsonb ->> 'org_id')::uuid);
