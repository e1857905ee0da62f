package io.insighta.domain.profile;

import java.util.Optional;

/**
 * Test stand-in for Insighta's profile port: the real one lives in the domain module, which depends
 * on this module and so cannot be on its test class path.
 */
public interface ProfileRepository {
  Optional<String> findNameById(String id);
}
