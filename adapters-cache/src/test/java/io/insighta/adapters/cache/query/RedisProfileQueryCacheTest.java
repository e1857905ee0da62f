package io.insighta.adapters.cache.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.adapters.cache.RedisTestServer;
import io.insighta.application.contract.ProfileQueryCacheContract;
import io.insighta.application.contract.ProfileSamples;
import io.insighta.domain.profile.Gender;
import io.insighta.domain.profile.Profile;
import io.insighta.domain.query.CacheScope;
import io.insighta.domain.query.Page;
import io.insighta.domain.query.PageRequest;
import io.insighta.domain.query.ProfileFilter;
import io.insighta.domain.query.ProfileQuery;
import io.insighta.domain.query.ProfileQueryCache;
import io.insighta.domain.query.Sort;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

/** The cache contract and the Redis specifics (keys, TTL, garbage) against a real redis-server. */
class RedisProfileQueryCacheTest extends ProfileQueryCacheContract {
  private static final ProfileFilter MEN = ProfileFilter.NONE.withGender(Gender.MALE);
  private static final ProfileQuery MEN_FIRST_PAGE =
      new ProfileQuery(MEN, Sort.DEFAULT, PageRequest.FIRST);

  private static RedisTestServer server;
  private static RedisClient admin;
  private static RedisProfileQueryCache cacheA;
  private static RedisProfileQueryCache cacheB;

  @BeforeAll
  static void startRedis() {
    server = RedisTestServer.start();
    admin = server.client();
    // Two clients with their own pools, as two server processes would have.
    cacheA = new RedisProfileQueryCache(server.guard(Clock.systemUTC()), Duration.ofSeconds(1));
    cacheB = new RedisProfileQueryCache(server.guard(Clock.systemUTC()), Duration.ofSeconds(1));
  }

  @AfterAll
  static void stopRedis() {
    admin.close();
    server.close();
  }

  @Override
  protected ProfileQueryCache cache() {
    return cacheA;
  }

  @Override
  protected ProfileQueryCache peer() {
    return cacheB;
  }

  private static String entryKey(String kind, String canonicalKey, CacheScope scope) {
    String epoch = admin.get(RedisProfileQueryCache.GENERATION_KEY);
    String scoped = admin.get(ScopeGenerations.key(scope));
    return RedisProfileQueryCache.ENTRY_PREFIX
        + (epoch == null ? "0" : epoch)
        + "."
        + (scoped == null ? "0" : scoped)
        + RedisProfileQueryCache.suffix(kind, canonicalKey);
  }

  private static String entryKey(String kind, String canonicalKey) {
    return entryKey(kind, canonicalKey, CacheScope.of(MEN));
  }

  @Test
  void entriesLiveUnderTheGenerationWithRedisExpiry() {
    cacheA.storePage(MEN_FIRST_PAGE, new Page<>(ProfileSamples.ALL, 9, PageRequest.FIRST));
    cacheA.storeCount(MEN, 9);

    String pageKey = entryKey("page", MEN_FIRST_PAGE.canonicalKey());
    String countKey = entryKey("count", MEN.canonicalKey());
    assertThat(pageKey).matches("insighta:q:\\d+\\.\\d+:page:[0-9a-f]{64}");
    assertThat(admin.pttl(pageKey)).isBetween(1L, 1_000L);
    assertThat(admin.get(countKey)).isEqualTo("9");
    assertThat(admin.pttl(countKey)).isBetween(1L, 1_000L);
  }

  @Test
  void invalidationMovesTheGenerationForward() {
    String before = entryKey("count", MEN.canonicalKey());

    cacheB.invalidateAll();

    assertThat(entryKey("count", MEN.canonicalKey())).isNotEqualTo(before);
  }

  @Test
  void garbageAtTheKeyIsAMissAndIsReplacedByTheNextStore() {
    Page<Profile> page = new Page<>(ProfileSamples.ALL.subList(0, 3), 3, PageRequest.FIRST);
    admin.set(entryKey("page", MEN_FIRST_PAGE.canonicalKey()), "p1\tnot\ta\tpage");
    admin.set(entryKey("count", MEN.canonicalKey()), "minus-one");

    assertThat(cacheA.findPage(MEN_FIRST_PAGE)).isEmpty();
    assertThat(cacheA.findCount(MEN)).isEmpty();

    cacheA.storePage(MEN_FIRST_PAGE, page);
    assertThat(cacheA.findPage(MEN_FIRST_PAGE)).contains(page);
  }

  @Test
  void truncatedOrForeignPagesAreMisses() {
    String key = entryKey("page", MEN_FIRST_PAGE.canonicalKey());
    String good =
        PageCodec.encode(new Page<>(ProfileSamples.ALL.subList(0, 3), 3, PageRequest.FIRST));

    admin.set(key, good.substring(0, good.length() - 10));
    assertThat(cacheA.findPage(MEN_FIRST_PAGE)).isEmpty();

    admin.set(key, good.replace("p1\t", "p9\t"));
    assertThat(cacheA.findPage(MEN_FIRST_PAGE)).isEmpty();

    admin.set(key, PageCodec.encode(new Page<>(ProfileSamples.ALL, 9, new PageRequest(2, 10))));
    assertThat(cacheA.findPage(MEN_FIRST_PAGE)).isEmpty();
  }

  @Test
  void aValueOfTheWrongTypeIsAMissAndOtherKeysStillWork() {
    admin.hset(entryKey("page", MEN_FIRST_PAGE.canonicalKey()), "field", "value");
    cacheA.storeCount(MEN, 5);

    assertThat(cacheA.findPage(MEN_FIRST_PAGE)).isEmpty();
    assertThat(cacheA.findCount(MEN)).hasValue(5);
  }

  @Test
  void aPageReadBeforeAnInvalidationIsNotStoredAfterIt() {
    assertThat(cacheA.findPage(MEN_FIRST_PAGE)).isEmpty();
    Page<Profile> staleResult = new Page<>(ProfileSamples.ALL.subList(0, 1), 1, PageRequest.FIRST);

    // Another instance writes and invalidates while this one is querying the database.
    cacheB.invalidateAll();
    cacheA.storePage(MEN_FIRST_PAGE, staleResult);

    assertThat(cacheB.findPage(MEN_FIRST_PAGE)).isEmpty();
    assertThat(cacheA.findPage(MEN_FIRST_PAGE)).isEmpty();
  }

  @Test
  void aStoreWithoutAPriorReadUsesTheCurrentGeneration() throws Exception {
    Page<Profile> page = new Page<>(ProfileSamples.ALL.subList(0, 2), 2, PageRequest.FIRST);
    Thread writer = new Thread(() -> cacheA.storePage(MEN_FIRST_PAGE, page));
    writer.start();
    writer.join();

    assertThat(cacheB.findPage(MEN_FIRST_PAGE)).contains(page);
  }

  @Test
  void aWriteMovesOnlyTheGenerationsOfItsScopes() {
    Profile written = ProfileSamples.ALL.get(1);
    CacheScope women = CacheScope.of(ProfileFilter.NONE.withGender(Gender.FEMALE));
    CacheScope men = CacheScope.of(MEN);
    CacheScope own = CacheScope.ofProfile(written.id());
    assertThat(written.gender()).isEqualTo(Gender.MALE);
    String womenBefore = entryKey("count", "women", women);
    String menBefore = entryKey("count", "men", men);

    cacheB.invalidate(written);

    assertThat(entryKey("count", "women", women)).isEqualTo(womenBefore);
    assertThat(entryKey("count", "men", men)).isNotEqualTo(menBefore);
    assertThat(admin.pttl(ScopeGenerations.key(men))).isEqualTo(-1L);
    // A deleted profile's own counter expires, long after any entry it guards.
    assertThat(admin.pttl(ScopeGenerations.key(own)))
        .isBetween(1L, Duration.ofMinutes(10).toMillis());
  }

  @Test
  void aPageReadBeforeAWriteInItsScopeIsNotStoredAfterIt() {
    assertThat(cacheA.findPage(MEN_FIRST_PAGE)).isEmpty();
    Page<Profile> staleResult = new Page<>(ProfileSamples.ALL.subList(0, 1), 1, PageRequest.FIRST);

    cacheB.invalidate(ProfileSamples.ALL.get(1));
    cacheA.storePage(MEN_FIRST_PAGE, staleResult);

    assertThat(cacheB.findPage(MEN_FIRST_PAGE)).isEmpty();
  }
}
