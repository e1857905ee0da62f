-- Personal access tokens for REST clients, scripts and CI. Only the SHA-256 hex of the secret is
-- stored; every request looks its token up by that hash (the unique index), so a revocation or an
-- expiry stops it at once on every instance. A revoked token keeps its row, with revoked_at set.
-- last_used_at is kept to the minute, not written on every request.
create table personal_access_tokens (
  id           uuid          not null,
  owner_id     uuid          not null,
  name         varchar(100)  not null,
  scope        varchar(8)    not null,
  token_hash   varchar(64)   not null,
  created_at   timestamptz   not null,
  expires_at   timestamptz   not null,
  last_used_at timestamptz,
  revoked_at   timestamptz,
  constraint personal_access_tokens_pkey primary key (id),
  constraint personal_access_tokens_hash_unique unique (token_hash),
  constraint personal_access_tokens_owner_fk foreign key (owner_id) references users (id)
    on delete cascade,
  constraint personal_access_tokens_hash_length check (char_length(token_hash) = 64),
  constraint personal_access_tokens_scope_valid check (scope in ('read', 'write')),
  constraint personal_access_tokens_name_not_blank check (char_length(name) > 0),
  constraint personal_access_tokens_expiry_after_creation check (expires_at > created_at)
);

-- GET /api/tokens lists one owner's tokens, newest first.
create index personal_access_tokens_owner_created_idx
  on personal_access_tokens (owner_id, created_at desc, id desc);
