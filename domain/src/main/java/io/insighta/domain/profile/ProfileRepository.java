package io.insighta.domain.profile;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/** Out-port: the stored profiles, addressed by id or by unique name. */
public interface ProfileRepository {

  /** Rows per {@link #insertAllIfAbsent} call of the default {@link #loadAllIfAbsent}. */
  int LOAD_BATCH_SIZE = 1000;

  Optional<Profile> findById(ProfileId id);

  /** Finds by the name's uniqueness key, so any case or normal form of a stored name matches. */
  Optional<Profile> findByName(ProfileName name);

  /**
   * Stores the profile unless one with the same name key exists; safe under concurrency: of many
   * simultaneous calls for one name exactly one reports {@code created}.
   */
  SaveOutcome insertIfAbsent(Profile profile);

  /** Stores every profile whose name key is not taken yet; returns how many were inserted. */
  int insertAllIfAbsent(List<Profile> profiles);

  /**
   * Stores every profile of a stream of any length whose id and name key are not taken yet (of
   * duplicates inside the stream the first wins), reading the stream once and holding only a
   * bounded part of it in memory; returns how many were inserted. Implementations may load in bulk;
   * callers run it inside one transaction so that a failure stores nothing.
   */
  default long loadAllIfAbsent(Iterator<Profile> profiles) {
    long inserted = 0;
    List<Profile> batch = new ArrayList<>(LOAD_BATCH_SIZE);
    while (profiles.hasNext()) {
      batch.add(profiles.next());
      if (batch.size() == LOAD_BATCH_SIZE || !profiles.hasNext()) {
        inserted += insertAllIfAbsent(List.copyOf(batch));
        batch.clear();
      }
    }
    return inserted;
  }

  /** Deletes the profile; false when there was none. */
  boolean delete(ProfileId id);
}
