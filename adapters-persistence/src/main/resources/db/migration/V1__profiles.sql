-- Profiles. The uniqueness key (NFC + root-locale lower case) is computed in Java by ProfileName.keyOf
-- and stored in its own column, so the database and the in-memory store agree on one definition.
create table profiles (
  id                  uuid             not null,
  name                varchar(100)     not null,
  name_key            varchar(400)     not null,
  gender              varchar(6)       not null,
  gender_probability  double precision not null,
  age                 integer          not null,
  age_group           varchar(8)       not null,
  country_id          varchar(2)       not null,
  country_name        varchar(100)     not null,
  country_probability double precision not null,
  created_at          timestamptz      not null,
  constraint profiles_pkey primary key (id),
  constraint profiles_name_key_unique unique (name_key),
  constraint profiles_name_not_blank check (char_length(trim(name)) > 0),
  constraint profiles_name_key_not_blank check (char_length(name_key) > 0),
  constraint profiles_gender_valid check (gender in ('male', 'female')),
  constraint profiles_gender_probability_range check (gender_probability between 0 and 1),
  constraint profiles_age_range check (age between 0 and 150),
  constraint profiles_age_group_matches_age check (
    age_group = case
      when age <= 12 then 'child'
      when age <= 19 then 'teenager'
      when age <= 59 then 'adult'
      else 'senior'
    end),
  constraint profiles_country_id_upper_alpha2 check (
    char_length(country_id) = 2 and country_id = upper(country_id)),
  constraint profiles_country_name_not_blank check (char_length(country_name) > 0),
  constraint profiles_country_probability_range check (country_probability between 0 and 1)
);

-- Every index ends in id: the list order is always (sort column, id), so a forward or backward scan
-- returns a page already ordered, ties included, with no sort step.

-- Default list (sort_by=created_at) and the natural base for keyset paging.
create index profiles_created_at_id_idx on profiles (created_at, id);

-- sort_by=age, and min_age/max_age ranges without a more selective equality filter.
create index profiles_age_id_idx on profiles (age, id);

-- sort_by=gender_probability, and min_gender_probability ranges on their own.
create index profiles_gender_probability_id_idx on profiles (gender_probability, id);

-- country_id (most selective equality), then gender, then the age range and age order:
-- "males from nigeria aged 25+ by age", "women in south africa between 30 and 40", country alone.
create index profiles_country_gender_age_id_idx on profiles (country_id, gender, age, id);

-- gender plus an age range or age order without a country ("young males", "females above 30").
create index profiles_gender_age_id_idx on profiles (gender, age, id);

-- age_group plus a gender-probability floor and order (age_group=adult&min_gender_probability=0.9).
create index profiles_age_group_gender_probability_id_idx
  on profiles (age_group, gender_probability, id);
