package io.insighta.adapters.persistence.profile;

import static io.insighta.adapters.persistence.jooq.Tables.PROFILES;
import static io.insighta.application.contract.ProfileFixtures.BASE_TIME;
import static io.insighta.application.contract.ProfileFixtures.nextId;
import static io.insighta.application.contract.ProfileFixtures.profile;
import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.adapters.persistence.EmbeddedPostgresSupport;
import io.insighta.domain.profile.Gender;
import io.insighta.domain.profile.Profile;
import io.insighta.domain.query.PageRequest;
import io.insighta.domain.query.ProfileFilter;
import io.insighta.domain.query.ProfileQuery;
import io.insighta.domain.query.Seek;
import io.insighta.domain.query.Sort;
import io.insighta.domain.query.SortField;
import io.insighta.domain.query.SortOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Pages past the deferred-join offset and seeking pages agree with the streamed order. */
class DeepPageTest {
  private static final DSLContext DSL = EmbeddedPostgresSupport.dsl();
  private static final Sort BY_PROBABILITY_DESC =
      new Sort(SortField.GENDER_PROBABILITY, SortOrder.DESC);
  private static final ProfileFilter MEN = ProfileFilter.NONE.withGender(Gender.MALE);
  private final JooqProfileFinder finder = new JooqProfileFinder(DSL);

  @BeforeAll
  static void storeManyProfilesWithTies() {
    DSL.truncate(PROFILES).execute();
    List<Profile> many =
        IntStream.range(0, 3_000)
            .mapToObj(
                i ->
                    profile(
                        nextId(),
                        "deep-" + i,
                        i % 3 == 0 ? Gender.FEMALE : Gender.MALE,
                        (i % 20) / 20.0,
                        i % 90,
                        "KE",
                        0.5,
                        BASE_TIME.plusSeconds(i % 500)))
            .toList();
    new JooqProfileRepository(DSL).loadAllIfAbsent(many.iterator());
  }

  @Test
  void aPageBeyondTheDeferredJoinOffsetHoldsTheRowsAtThatOffset() {
    ProfileQuery deep = new ProfileQuery(MEN, BY_PROBABILITY_DESC, new PageRequest(30, 50));
    assertThat(deep.page().offset()).isGreaterThanOrEqualTo(ProfileSelects.DEFERRED_JOIN_OFFSET);

    assertThat(ids(finder.findPage(deep))).isEqualTo(streamed().subList(1_450, 1_500));
    assertThat(ProfileSqlRenderer.pageSql(deep)).contains("page_keys");
  }

  @Test
  void seekingFromPageToPageWalksTheWholeOrderThroughTies() {
    List<String> walked = new ArrayList<>();
    List<Profile> page =
        finder.findPage(new ProfileQuery(MEN, BY_PROBABILITY_DESC, new PageRequest(1, 50)));
    for (int number = 2; !page.isEmpty() && number < 100; number++) {
      walked.addAll(ids(page));
      Seek after = Seek.after(page.get(page.size() - 1), SortField.GENDER_PROBABILITY);
      page =
          finder.findPage(
              new ProfileQuery(MEN, BY_PROBABILITY_DESC, new PageRequest(number, 50), after));
    }

    assertThat(walked).isEqualTo(streamed());
  }

  private List<String> streamed() {
    List<String> all = new ArrayList<>();
    finder.streamAll(MEN, BY_PROBABILITY_DESC, p -> all.add(p.id().toString()));
    return all;
  }

  private static List<String> ids(List<Profile> profiles) {
    return profiles.stream().map(p -> p.id().toString()).toList();
  }
}
