-- Files attached to requests. The bytes live in Storage; this table records where and who.
create table public.request_attachments (
  id uuid primary key default gen_random_uuid(),
  request_id uuid not null references public.requests (id) on delete cascade,
  uploaded_by uuid references public.users (id) on delete set null,
  file_name text not null check (char_length(file_name) between 1 and 255),
  storage_path text not null unique,
  content_type text not null default 'application/octet-stream',
  size_bytes bigint not null check (size_bytes > 0 and size_bytes <= 26214400),
  created_at timestamptz not null default now()
);

create index request_attachments_request_id_idx on public.request_attachments (request_id);

alter table public.request_attachments enable row level security;
