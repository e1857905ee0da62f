-- The server's own HMAC keys, shared by every instance on this database. Access-token keys rotate:
-- each rotation adds the next generation, which signs from activates_at on while older ones keep
-- verifying for a while. The CSRF key is generation 1 of its own purpose and never rotates. The
-- unique generation per purpose is what lets instances racing on an empty table keep one key.
create table signing_keys (
  kid          varchar(64)  not null,
  purpose      varchar(16)  not null,
  generation   integer      not null,
  secret       bytea        not null,
  created_at   timestamptz  not null,
  activates_at timestamptz  not null,
  constraint signing_keys_pkey primary key (kid),
  constraint signing_keys_purpose_generation_unique unique (purpose, generation),
  constraint signing_keys_purpose_valid check (purpose in ('access', 'csrf')),
  constraint signing_keys_generation_positive check (generation >= 1),
  constraint signing_keys_secret_length check (octet_length(secret) >= 32),
  constraint signing_keys_activates_after_creation check (activates_at >= created_at)
);
