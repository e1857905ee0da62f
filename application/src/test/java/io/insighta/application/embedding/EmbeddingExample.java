package io.insighta.application.embedding;

import io.insighta.application.memory.InMemoryProfileQueryCache;
import io.insighta.application.memory.InMemoryProfileStore;
import io.insighta.application.profile.CreateProfileService;
import io.insighta.application.profile.ListProfilesService;
import io.insighta.application.profile.ProfileListResult;
import io.insighta.application.profile.SearchProfilesService;
import io.insighta.application.profile.SearchResult;
import io.insighta.domain.profile.Country;
import io.insighta.domain.profile.Demographics;
import io.insighta.domain.profile.DemographicsProvider;
import io.insighta.domain.profile.Gender;
import io.insighta.domain.query.PageRequest;
import io.insighta.domain.query.ProfileFilter;
import io.insighta.domain.query.ProfileQuery;
import io.insighta.domain.query.Sort;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The embedding example of docs/architecture.md, kept compiling and running by {@link
 * EmbeddingExampleTest}.
 */
final class EmbeddingExample {
  private EmbeddingExample() {}

  static List<Object> run() {
    // DOC-EXAMPLE-START
    Clock clock = Clock.systemUTC();
    InMemoryProfileStore store = new InMemoryProfileStore();
    InMemoryProfileQueryCache cache = new InMemoryProfileQueryCache(clock, Duration.ofMinutes(1));
    DemographicsProvider demographics =
        name -> new Demographics(Gender.FEMALE, 0.98, 34, Country.ofCode("NG").orElseThrow(), 0.41);

    var create = new CreateProfileService(store, demographics, cache, clock);
    var list = new ListProfilesService(store, cache);
    var search = new SearchProfilesService(list);

    create.create("Ella");
    ProfileListResult all =
        list.list(new ProfileQuery(ProfileFilter.NONE, Sort.DEFAULT, PageRequest.FIRST));
    SearchResult women = search.search("adult women from nigeria", Sort.DEFAULT, PageRequest.FIRST);
    System.out.println(
        all.page().total() + " profile(s); search found " + women.result().page().total());
    // DOC-EXAMPLE-END
    return List.of(all, women);
  }
}
