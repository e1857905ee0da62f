-- wrk script of bench/run.sh's cache-hostile mix (run.sh prepends the Authorization and
-- X-API-Version headers). Every request draws its list query uniformly at random, with
-- replacement, from every combination of
--   gender (any, male, female) x age_group (any, child, teenager, adult, senior)
--   x min_age (any, 10, 20, 30, 40, 50, 60; only buckets that leave the age group non-empty)
--   x country_id (any, or one of the 50 most common countries of the generated data)
--   x sort_by (created_at, age, gender_probability) x order (asc, desc) x page (1, 2, 3),
-- far more than the per-process query cache holds (10,000 pages), so most pages are read from
-- PostgreSQL; counts are cached per filter (the first four dimensions), so after the first draw of
-- a filter its total comes from the cache. Each thread has its own fixed seed, so a run is
-- repeatable. done() prints one line: combinations, distinct filters, queries drawn (requests
-- sent, a few of them still in flight at the end) and how many of those were distinct.

local countries = {
  "NG", "KE", "ET", "GH", "ZA", "BJ", "UG", "EG", "TZ", "US", "CM", "CD", "SN", "CI", "FR", "IN",
  "GB", "ML", "RW", "SD", "MZ", "MA", "AO", "MG", "ZW", "TN", "BR", "ZM", "DE", "CN", "AU", "JP",
  "MR", "SS", "CA", "NA", "SO", "MU", "CG", "BW", "DJ", "NE", "TG", "ST", "MW", "BI", "CF", "DZ",
  "GN", "ER",
}
local genders = { false, "male", "female" }
-- age group -> the min_age buckets that can still match someone in it (child 0-12, teenager
-- 13-19, adult 20-59, senior 60+)
local groups = {
  { false, { false, 10, 20, 30, 40, 50, 60 } },
  { "child", { false, 10 } },
  { "teenager", { false, 10 } },
  { "adult", { false, 10, 20, 30, 40, 50 } },
  { "senior", { false, 10, 20, 30, 40, 50, 60 } },
}
local sorts = { "created_at", "age", "gender_probability" }
local orders = { "asc", "desc" }

paths = {}
filters = 0
for _, gender in ipairs(genders) do
  for _, group in ipairs(groups) do
    for _, min_age in ipairs(group[2]) do
      for c = 0, #countries do
        filters = filters + 1
        local f = {}
        if gender then f[#f + 1] = "gender=" .. gender end
        if group[1] then f[#f + 1] = "age_group=" .. group[1] end
        if c > 0 then f[#f + 1] = "country_id=" .. countries[c] end
        if min_age then f[#f + 1] = "min_age=" .. min_age end
        local prefix = "/api/profiles?" .. table.concat(f, "&") .. (#f > 0 and "&" or "")
        for _, sort in ipairs(sorts) do
          for _, order in ipairs(orders) do
            for page = 1, 3 do
              paths[#paths + 1] = prefix .. "sort_by=" .. sort .. "&order=" .. order .. "&page=" .. page
            end
          end
        end
      end
    end
  end
end

local threads = {}

function setup(thread)
  threads[#threads + 1] = thread
  thread:set("thread_number", #threads)
end

function init(args)
  math.randomseed(15000 + (thread_number or 0))
  drawn = {}
  issued = 0
end

function request()
  local i = math.random(#paths)
  drawn[i] = true
  issued = issued + 1
  return wrk.format(nil, paths[i])
end

function done(summary, latency, requests)
  local seen, distinct, total = {}, 0, 0
  for _, thread in ipairs(threads) do
    total = total + (thread:get("issued") or 0)
    for i in pairs(thread:get("drawn") or {}) do
      if not seen[i] then
        seen[i] = true
        distinct = distinct + 1
      end
    end
  end
  io.write(string.format("cache_hostile: %d combinations, %d distinct filters, %d drawn, %d distinct\n",
    #paths, filters, total, distinct))
end
