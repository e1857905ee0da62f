-- The audit trail: one row per sign-in, sign-out, refresh-token reuse, profile create, delete and
-- import, user change and token create/revoke, written in the transaction of the action itself.
-- No foreign keys on purpose: an entry must outlive the user, profile or token it names.
create table audit_log (
  id             uuid          not null,
  at             timestamptz   not null,
  action         varchar(32)   not null,
  actor_id       uuid,
  actor_username varchar(100),
  target_type    varchar(16)   not null,
  target_id      varchar(64),
  ip             varchar(128),
  request_id     varchar(128),
  details        jsonb         not null,
  constraint audit_log_pkey primary key (id),
  constraint audit_log_action_valid check (action in (
    'session.sign_in', 'session.sign_out', 'session.reuse_detected',
    'profile.create', 'profile.delete', 'profile.import',
    'user.update', 'token.create', 'token.revoke')),
  constraint audit_log_target_type_valid check (target_type in ('user', 'profile', 'token', 'session'))
);

-- [jooq ignore start]
alter table audit_log add constraint audit_log_details_object check (jsonb_typeof(details) = 'object');
-- [jooq ignore stop]

-- GET /api/audit pages newest first, unfiltered or by action or actor (each with the time range);
-- the same order on every index lets each filter read its page straight off one.
create index audit_log_at_id_idx on audit_log (at desc, id desc);
create index audit_log_action_at_id_idx on audit_log (action, at desc, id desc);
create index audit_log_actor_at_id_idx on audit_log (actor_id, at desc, id desc);
