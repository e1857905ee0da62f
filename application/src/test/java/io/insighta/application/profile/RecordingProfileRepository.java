package io.insighta.application.profile;

import io.insighta.domain.profile.Profile;
import io.insighta.domain.profile.ProfileId;
import io.insighta.domain.profile.ProfileName;
import io.insighta.domain.profile.ProfileRepository;
import io.insighta.domain.profile.SaveOutcome;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Passes calls through to a real repository, records batch sizes, and can hide names from {@code
 * findByName} to replay a race lost to a concurrent creator.
 */
final class RecordingProfileRepository implements ProfileRepository {
  private final ProfileRepository delegate;
  private final List<Integer> batchSizes = new CopyOnWriteArrayList<>();
  private volatile boolean blindToNames;

  RecordingProfileRepository(ProfileRepository delegate) {
    this.delegate = delegate;
  }

  List<Integer> batchSizes() {
    return List.copyOf(batchSizes);
  }

  /** From now on {@code findByName} finds nothing, as if the stored row were not yet visible. */
  void blindToNames() {
    blindToNames = true;
  }

  @Override
  public Optional<Profile> findById(ProfileId id) {
    return delegate.findById(id);
  }

  @Override
  public Optional<Profile> findByName(ProfileName name) {
    return blindToNames ? Optional.empty() : delegate.findByName(name);
  }

  @Override
  public SaveOutcome insertIfAbsent(Profile profile) {
    return delegate.insertIfAbsent(profile);
  }

  @Override
  public int insertAllIfAbsent(List<Profile> profiles) {
    batchSizes.add(profiles.size());
    return delegate.insertAllIfAbsent(profiles);
  }

  @Override
  public boolean delete(ProfileId id) {
    return delegate.delete(id);
  }
}
