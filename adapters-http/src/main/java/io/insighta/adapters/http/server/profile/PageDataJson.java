package io.insighta.adapters.http.server.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.util.RawValue;
import io.insighta.domain.profile.Profile;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code data} array of a list page as JSON, remembered for recently served queries: a page
 * whose profiles equal the ones last served for its query is not serialized again.
 */
final class PageDataJson {
  static final int MAX_QUERIES = 256;

  private final ObjectWriter writer;
  private final Map<String, Rendered> byQuery = new ConcurrentHashMap<>();

  PageDataJson(ObjectMapper mapper) {
    this.writer = mapper.writerFor(new TypeReference<List<ProfileResponse>>() {});
  }

  RawValue of(String canonicalQuery, List<Profile> profiles) {
    Rendered last = byQuery.get(canonicalQuery);
    if (last != null && (last.profiles() == profiles || last.profiles().equals(profiles))) {
      return last.json();
    }
    RawValue json = new RawValue(serialize(profiles));
    if (byQuery.size() >= MAX_QUERIES) {
      byQuery.clear();
    }
    byQuery.put(canonicalQuery, new Rendered(profiles, json));
    return json;
  }

  private String serialize(List<Profile> profiles) {
    try {
      return writer.writeValueAsString(profiles.stream().map(ProfileMapper::toResponse).toList());
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private record Rendered(List<Profile> profiles, RawValue json) {}
}
