-- A sign-in session lasts at most SESSION_MAX_AGE: every token of a family carries when the session
-- ends, and rotation never issues a token that outlives it. Sessions from before this migration end
-- when their current token expires.
alter table refresh_tokens add column session_ends_at timestamptz;

-- [jooq ignore start]
update refresh_tokens set session_ends_at = expires_at where session_ends_at is null;
alter table refresh_tokens alter column session_ends_at set not null;
-- [jooq ignore stop]
