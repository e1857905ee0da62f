-- Users signed in through GitHub, keyed on GitHub's numeric id (logins can change). Negative ids
-- are the synthetic test-login users, so they can never collide with a real account.
create table users (
  id            uuid          not null,
  github_id     bigint        not null,
  username      varchar(100)  not null,
  email         varchar(320),
  avatar_url    varchar(2048),
  role          varchar(16)   not null,
  is_active     boolean       not null default true,
  last_login_at timestamptz,
  created_at    timestamptz   not null,
  constraint users_pkey primary key (id),
  constraint users_github_id_unique unique (github_id),
  constraint users_github_id_not_zero check (github_id <> 0),
  constraint users_username_not_blank check (char_length(username) > 0),
  constraint users_role_valid check (role in ('analyst', 'admin'))
);

-- GET /api/users pages oldest first.
create index users_created_at_id_idx on users (created_at, id);

-- Refresh tokens are stored only as the SHA-256 hex of their value. Every token rotated from one
-- sign-in shares a family_id (the session); reuse of a rotated token revokes the whole family.
create table refresh_tokens (
  token_hash varchar(64)  not null,
  family_id  uuid         not null,
  user_id    uuid         not null,
  status     varchar(8)   not null,
  issued_at  timestamptz  not null,
  expires_at timestamptz  not null,
  rotated_at timestamptz,
  constraint refresh_tokens_pkey primary key (token_hash),
  constraint refresh_tokens_user_fk foreign key (user_id) references users (id) on delete cascade,
  constraint refresh_tokens_hash_length check (char_length(token_hash) = 64),
  constraint refresh_tokens_status_valid check (status in ('active', 'rotated', 'revoked')),
  constraint refresh_tokens_expiry_after_issue check (expires_at > issued_at)
);

-- Revoking a family (logout, reuse detection) and purging old rows.
create index refresh_tokens_family_id_idx on refresh_tokens (family_id);
create index refresh_tokens_expires_at_idx on refresh_tokens (expires_at);

-- Browser sign-ins in progress: one-time state → PKCE verifier, shared by every server instance.
create table login_states (
  state         varchar(128)  not null,
  code_verifier varchar(128)  not null,
  redirect_uri  varchar(2048) not null,
  expires_at    timestamptz   not null,
  constraint login_states_pkey primary key (state)
);

create index login_states_expires_at_idx on login_states (expires_at);
