package io.insighta.adapters.http.server.profile;

import io.insighta.adapters.http.server.error.ApiException;
import io.insighta.adapters.http.server.error.ErrorMessages;
import io.insighta.domain.profile.AgeGroup;
import io.insighta.domain.profile.Country;
import io.insighta.domain.profile.Gender;
import io.insighta.domain.query.InvalidQueryException;
import io.insighta.domain.query.PageCursor;
import io.insighta.domain.query.PageRequest;
import io.insighta.domain.query.ProfileFilter;
import io.insighta.domain.query.SortField;
import io.insighta.domain.query.SortOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Reads list, search and export query parameters exactly as the API contract defines them. */
public final class ProfileQueryParameters {

  public static final List<String> FILTERS =
      List.of(
          "gender",
          "age_group",
          "country_id",
          "min_age",
          "max_age",
          "min_gender_probability",
          "min_country_probability");
  public static final String SORT_BY = "sort_by";
  public static final String ORDER = "order";
  public static final String PAGE = "page";
  public static final String LIMIT = "limit";
  public static final String QUERY = "q";
  public static final String FORMAT = "format";
  public static final String CURSOR = "cursor";

  private static final Pattern ALPHA_2 = Pattern.compile("[A-Za-z]{2}");

  private ProfileQueryParameters() {}

  /** Filters, sort and page of {@code GET /api/profiles}. */
  public static ListParameters forList(Map<String, List<String>> params) {
    QueryValues values =
        QueryValues.of(params, names(FILTERS, SORT_BY, ORDER, PAGE, LIMIT, CURSOR));
    return new ListParameters(
        filter(values), sortBy(values), order(values), page(values), cursor(values));
  }

  /**
   * Sort and page of {@code GET /api/profiles/search}; the text itself comes from {@link #query}.
   */
  public static ListParameters forSearch(Map<String, List<String>> params) {
    QueryValues values =
        QueryValues.of(params, List.of(QUERY, SORT_BY, ORDER, PAGE, LIMIT, CURSOR));
    return new ListParameters(
        ProfileFilter.NONE, sortBy(values), order(values), page(values), cursor(values));
  }

  /** The required, non-blank {@code q} of a search. */
  public static String query(Map<String, List<String>> params) {
    return QueryValues.of(params, List.of(QUERY))
        .get(QUERY)
        .orElseThrow(() -> ApiException.badRequest(ErrorMessages.MISSING_PARAMETER));
  }

  /** Filters and sort of {@code GET /api/profiles/export?format=csv}; paging does not apply. */
  public static ListParameters forExport(Map<String, List<String>> params) {
    QueryValues values = QueryValues.of(params, names(FILTERS, SORT_BY, ORDER, FORMAT));
    String format =
        values
            .get(FORMAT)
            .orElseThrow(() -> ApiException.badRequest(ErrorMessages.MISSING_PARAMETER));
    if (!format.strip().equalsIgnoreCase("csv")) {
      throw QueryValues.invalid();
    }
    return new ListParameters(
        filter(values), sortBy(values), order(values), PageRequest.FIRST, null);
  }

  private static ProfileFilter filter(QueryValues values) {
    try {
      return new ProfileFilter(
          values.get("gender").map(parsed(Gender::parse)).orElse(null),
          values.get("age_group").map(parsed(AgeGroup::parse)).orElse(null),
          values.get("country_id").map(ProfileQueryParameters::country).orElse(null),
          values.nonNegativeInt("min_age").orElse(null),
          values.nonNegativeInt("max_age").orElse(null),
          values.probability("min_gender_probability").orElse(null),
          values.probability("min_country_probability").orElse(null));
    } catch (InvalidQueryException e) {
      throw QueryValues.invalid();
    }
  }

  private static SortField sortBy(QueryValues values) {
    return values.get(SORT_BY).map(parsed(SortField::parse)).orElse(null);
  }

  private static SortOrder order(QueryValues values) {
    return values.get(ORDER).map(parsed(SortOrder::parse)).orElse(null);
  }

  /** A cursor carries its page and limit; given ones must then agree with it (checked later). */
  private static PageRequest page(QueryValues values) {
    PageRequest defaults = cursor(values) == null ? null : PageCursor.pageOf(cursor(values));
    int page =
        values
            .get(PAGE)
            .map(QueryValues::parseNonNegativeInt)
            .orElse(defaults == null ? 1 : defaults.page());
    int limit =
        values.count(LIMIT).orElse(defaults == null ? PageRequest.DEFAULT_LIMIT : defaults.limit());
    if (page < 1 || limit < 1) {
      throw QueryValues.invalid();
    }
    return new PageRequest(page, limit);
  }

  private static String cursor(QueryValues values) {
    return values.get(CURSOR).orElse(null);
  }

  private static Country country(String text) {
    if (!ALPHA_2.matcher(text).matches()) {
      throw QueryValues.invalid();
    }
    return Country.ofCode(text).orElseThrow(QueryValues::invalid);
  }

  private static <T> Function<String, T> parsed(Function<String, Optional<T>> parser) {
    return text -> parser.apply(text).orElseThrow(QueryValues::invalid);
  }

  private static List<String> names(List<String> first, String... more) {
    List<String> all = new ArrayList<>(first);
    all.addAll(List.of(more));
    return all;
  }
}
