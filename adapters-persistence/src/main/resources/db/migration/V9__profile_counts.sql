-- Exact totals in bounded time: how many profiles there are per (gender, country, age), kept in the
-- writing transaction by statement triggers on profiles, so a total over any gender, age group,
-- country and age range sums at most 2 x 250 x 151 cells instead of counting millions of rows.
-- age_group is a function of age (profiles_age_group_matches_age), so it needs no column. A cell is
-- removed only when profiles is truncated; one that drops to 0 stays, so deletes never race
-- inserts over a cell's existence.

-- [jooq ignore start]
-- Writers wait from the fill to the triggers (readers do not), so each row is counted exactly once.
lock table profiles in share row exclusive mode;
-- [jooq ignore stop]

create table profile_counts (
  gender     varchar(6) not null,
  country_id varchar(2) not null,
  age        integer    not null,
  profiles   bigint     not null,
  constraint profile_counts_pkey primary key (gender, country_id, age)
);

insert into profile_counts (gender, country_id, age, profiles)
select gender, country_id, age, count(*) from profiles group by gender, country_id, age;

-- [jooq ignore start]
-- Every cell changes on every write to it: room on each page keeps those updates HOT.
alter table profile_counts set (fillfactor = 50);

-- Adds per-cell changes in key order, so concurrent writers lock the cells they share in the same
-- order and cannot deadlock. Inside a bulk load (insighta.profile_counts = 'pending') the changes
-- go to the load's temporary table instead and the load adds them once just before it commits, so
-- the cells are not held locked while the rest of the load runs.
create function profile_counts_add(
  genders varchar[], countries varchar[], ages integer[], deltas bigint[]) returns void
language plpgsql as $$
begin
  if current_setting('insighta.profile_counts', true) = 'pending' then
    insert into pg_temp.profile_counts_pending (gender, country_id, age, profiles)
    select * from unnest(genders, countries, ages, deltas);
    return;
  end if;
  insert into profile_counts as c (gender, country_id, age, profiles)
  select * from unnest(genders, countries, ages, deltas) as d (gender, country_id, age, profiles)
  order by 1, 2, 3
  on conflict (gender, country_id, age) do update set profiles = c.profiles + excluded.profiles;
end
$$;

create function profile_counts_after_insert() returns trigger language plpgsql as $$
begin
  perform profile_counts_add(array_agg(gender), array_agg(country_id), array_agg(age), array_agg(n))
  from (select gender, country_id, age, count(*) as n from inserted_profiles
        group by gender, country_id, age) d
  having count(*) > 0;
  return null;
end
$$;

create function profile_counts_after_delete() returns trigger language plpgsql as $$
begin
  perform profile_counts_add(array_agg(gender), array_agg(country_id), array_agg(age), array_agg(n))
  from (select gender, country_id, age, -count(*) as n from deleted_profiles
        group by gender, country_id, age) d
  having count(*) > 0;
  return null;
end
$$;

create function profile_counts_after_update() returns trigger language plpgsql as $$
begin
  perform profile_counts_add(array_agg(gender), array_agg(country_id), array_agg(age), array_agg(n))
  from (select gender, country_id, age, sum(n)::bigint as n
        from (select gender, country_id, age, -1 as n from deleted_profiles
              union all
              select gender, country_id, age, 1 as n from inserted_profiles) c
        group by gender, country_id, age
        having sum(n) <> 0) d
  having count(*) > 0;
  return null;
end
$$;

-- Readers keep seeing the committed cells until the truncating transaction commits (a delete, not
-- a truncate, of the few cells).
create function profile_counts_after_truncate() returns trigger language plpgsql as $$
begin
  delete from profile_counts;
  return null;
end
$$;

create trigger profile_counts_after_insert after insert on profiles
  referencing new table as inserted_profiles
  for each statement execute function profile_counts_after_insert();

create trigger profile_counts_after_delete after delete on profiles
  referencing old table as deleted_profiles
  for each statement execute function profile_counts_after_delete();

create trigger profile_counts_after_update after update on profiles
  referencing old table as deleted_profiles new table as inserted_profiles
  for each statement execute function profile_counts_after_update();

create trigger profile_counts_after_truncate after truncate on profiles
  for each statement execute function profile_counts_after_truncate();
-- [jooq ignore stop]
