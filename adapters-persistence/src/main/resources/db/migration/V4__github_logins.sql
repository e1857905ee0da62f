-- The first GitHub account ever seen with each login (lower-cased): GitHub hands a freed login to
-- someone else, so an admin login grants admin only to the account that held it first.
create table github_logins (
  login         varchar(100)  not null,
  github_id     bigint        not null,
  first_seen_at timestamptz   not null,
  constraint github_logins_pkey primary key (login)
);

-- [jooq ignore start]
insert into github_logins (login, github_id, first_seen_at)
select lower(username), github_id, created_at from users order by created_at, id
on conflict (login) do nothing;
-- [jooq ignore stop]
