package io.insighta.adapters.http.server.profile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.RawValue;
import io.insighta.adapters.http.server.json.ObjectMappers;
import io.insighta.application.contract.ProfileFixtures;
import io.insighta.domain.profile.Gender;
import io.insighta.domain.profile.Profile;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageDataJsonTest {
  private final ObjectMapper mapper = ObjectMappers.create();
  private final PageDataJson json = new PageDataJson(mapper);
  private final Profile ada = ProfileFixtures.named("Ada");
  private final Profile kwame =
      ProfileFixtures.profile(
          ProfileFixtures.nextId(), "Kwame", Gender.MALE, 0.91, 17, "GH", 0.66, ada.createdAt());

  private JsonNode tree(RawValue value) throws Exception {
    return mapper.readTree(value.rawValue().toString());
  }

  @Test
  void theArrayIsWhatJacksonWritesForTheProfileResponses() throws Exception {
    JsonNode written = tree(json.of("q", List.of(ada, kwame)));

    assertThat(written)
        .isEqualTo(
            mapper.valueToTree(
                List.of(ProfileMapper.toResponse(ada), ProfileMapper.toResponse(kwame))));
  }

  @Test
  void anEqualPageForTheSameQueryReusesTheJson() {
    RawValue first = json.of("q", List.of(ada, kwame));

    assertThat(json.of("q", List.of(ada, kwame))).isSameAs(first);
    assertThat(json.of("q", new ArrayList<>(List.of(ada, kwame)))).isSameAs(first);
  }

  @Test
  void aChangedPageOrAnotherQueryIsWrittenAfresh() throws Exception {
    RawValue first = json.of("q", List.of(ada, kwame));

    RawValue reordered = json.of("q", List.of(kwame, ada));
    RawValue other = json.of("other", List.of(ada, kwame));

    assertThat(reordered).isNotSameAs(first);
    assertThat(tree(reordered).get(0).get("id").asText()).isEqualTo(kwame.id().toString());
    assertThat(other).isNotSameAs(first);
    assertThat(json.of("q", List.of()).rawValue()).hasToString("[]");
  }

  @Test
  void rememberedQueriesStayBoundedInNumber() {
    RawValue first = json.of("q0", List.of(ada));
    for (int i = 1; i <= PageDataJson.MAX_QUERIES; i++) {
      json.of("q" + i, List.of(ada));
    }

    assertThat(json.of("q0", List.of(ada))).isNotSameAs(first);
  }
}
