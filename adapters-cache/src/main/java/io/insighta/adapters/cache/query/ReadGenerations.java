package io.insighta.adapters.cache.query;

import java.util.HashMap;
import java.util.Map;

/**
 * The cache generation each entry was last read under, per thread. A list request reads the cache,
 * queries the database and stores the result on one thread; storing under the generation of that
 * read (and not the current one) keeps a result computed before an invalidation from being served
 * after it.
 */
final class ReadGenerations {
  private static final int MAX_REMEMBERED = 16;

  // Per cache instance on purpose: two caches in one process (tests, two Redis servers) each
  // remember their own reads.
  @SuppressWarnings("ThreadLocalUsage")
  private final ThreadLocal<Map<String, String>> generations =
      ThreadLocal.withInitial(HashMap::new);

  void remember(String entry, String generation) {
    Map<String, String> byEntry = generations.get();
    // Reads that were hits leave entries behind; a handful per thread is all a request needs.
    if (byEntry.size() >= MAX_REMEMBERED) {
      byEntry.clear();
    }
    byEntry.put(entry, generation);
  }

  /** The generation {@code entry} was read under on this thread, or "" (meaning "current"). */
  String takeFor(String entry) {
    String generation = generations.get().remove(entry);
    return generation == null ? "" : generation;
  }

  void forget() {
    generations.get().clear();
  }
}
