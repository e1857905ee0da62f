package io.insighta.bench;

import io.insighta.domain.profile.AgeGroup;
import io.insighta.domain.profile.Country;
import io.insighta.domain.profile.Gender;
import io.insighta.domain.query.NaturalLanguageQuery;
import io.insighta.domain.query.PageRequest;
import io.insighta.domain.query.ProfileFilter;
import io.insighta.domain.query.ProfileQuery;
import io.insighta.domain.query.Sort;
import io.insighta.domain.query.SortField;
import io.insighta.domain.query.SortOrder;

/**
 * The list and search scenarios of the benchmark: the HTTP request {@code bench/run.sh} sends and
 * the query the server turns it into, so the SQL floor and the JMH renderer use the same values.
 */
public enum BenchScenario {
  DEFAULT_LIST("/api/profiles", ProfileFilter.NONE, Sort.DEFAULT, PageRequest.FIRST),
  MALES_NG_25_PLUS_BY_AGE(
      "/api/profiles?gender=male&country_id=NG&min_age=25&sort_by=age&order=desc",
      ProfileFilter.NONE
          .withGender(Gender.MALE)
          .withCountry(Country.ofCode("NG").orElseThrow())
          .withMinAge(25),
      new Sort(SortField.AGE, SortOrder.DESC),
      PageRequest.FIRST),
  ADULTS_CONFIDENT_PAGE_200(
      "/api/profiles?age_group=adult&min_gender_probability=0.9&sort_by=gender_probability"
          + "&order=desc&page=200&limit=50",
      ProfileFilter.NONE.withAgeGroup(AgeGroup.ADULT).withMinGenderProbability(0.9),
      new Sort(SortField.GENDER_PROBABILITY, SortOrder.DESC),
      new PageRequest(200, 50)),
  SEARCH_YOUNG_MALES_NIGERIA(
      "/api/profiles/search?q=young%20males%20from%20nigeria",
      NaturalLanguageQuery.parse("young males from nigeria"), Sort.DEFAULT, PageRequest.FIRST),
  SEARCH_WOMEN_SOUTH_AFRICA_30_40(
      "/api/profiles/search?q=women%20in%20south%20africa%20between%2030%20and%2040",
      NaturalLanguageQuery.parse("women in south africa between 30 and 40"),
      Sort.DEFAULT,
      PageRequest.FIRST);

  private final String path;
  private final ProfileQuery query;

  BenchScenario(String path, ProfileFilter filter, Sort sort, PageRequest page) {
    this.path = path;
    this.query = new ProfileQuery(filter, sort, page);
  }

  /** The request path and query string, relative to the server root. */
  public String path() {
    return path;
  }

  public ProfileQuery query() {
    return query;
  }
}
