package io.insighta.domain.profile;

import java.util.List;
import java.util.Optional;

/** Out-port: the stored profiles, addressed by id or by unique name. */
public interface ProfileRepository {

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

  /** Deletes the profile; false when there was none. */
  boolean delete(ProfileId id);
}
