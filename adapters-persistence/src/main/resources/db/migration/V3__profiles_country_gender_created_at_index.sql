-- Filtered pages in the default order (sort_by=created_at), which is how every search is read:
-- "young males from nigeria", "women in south africa between 30 and 40". The scan walks one
-- country and gender in created_at order and tests the age range on the index entry itself (age is
-- a trailing key column), so a page of 10 reads about 13 buffers instead of filtering 1,600-2,800
-- rows of the created_at index. id precedes age to keep the (created_at, id) order of the page.
create index profiles_country_gender_created_at_id_age_idx
  on profiles (country_id, gender, created_at, id, age);
