package io.insighta.adapters.http.server.profile;

import io.insighta.adapters.http.server.error.ApiException;
import io.insighta.adapters.http.server.error.ErrorMessages;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The single values of the known query parameters: a present but empty one is a 400, a repeated one
 * a 422; unknown parameters are ignored. Also the strict number readers the parameters share.
 */
final class QueryValues {

  private static final Pattern DIGITS = Pattern.compile("[0-9]{1,9}");
  private static final Pattern MANY_DIGITS = Pattern.compile("[0-9]+");
  private static final Pattern DECIMAL =
      Pattern.compile("(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]{1,3})?");

  private final Map<String, String> values;

  private QueryValues(Map<String, String> values) {
    this.values = values;
  }

  static QueryValues of(Map<String, List<String>> params, List<String> known) {
    for (String name : known) {
      List<String> given = params.get(name);
      if (given != null && (given.isEmpty() || given.stream().anyMatch(String::isBlank))) {
        throw ApiException.badRequest(ErrorMessages.MISSING_PARAMETER);
      }
    }
    Map<String, String> single = new HashMap<>();
    for (String name : known) {
      List<String> given = params.get(name);
      if (given == null) {
        continue;
      }
      if (given.size() > 1) {
        throw invalid();
      }
      single.put(name, given.get(0));
    }
    return new QueryValues(single);
  }

  Optional<String> get(String name) {
    return Optional.ofNullable(values.get(name));
  }

  Optional<Integer> nonNegativeInt(String name) {
    return get(name).map(QueryValues::parseNonNegativeInt);
  }

  /** A positive count where huge values are fine (they get clamped), never negative. */
  Optional<Integer> count(String name) {
    return get(name)
        .map(
            text -> {
              if (!MANY_DIGITS.matcher(text).matches()) {
                throw invalid();
              }
              return text.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(text);
            });
  }

  Optional<Double> probability(String name) {
    return get(name)
        .map(
            text -> {
              if (!DECIMAL.matcher(text).matches()) {
                throw invalid();
              }
              double value = Double.parseDouble(text);
              if (!Double.isFinite(value) || value < 0.0 || value > 1.0) {
                throw invalid();
              }
              return value;
            });
  }

  static int parseNonNegativeInt(String text) {
    if (!DIGITS.matcher(text).matches()) {
      throw invalid();
    }
    return Integer.parseInt(text);
  }

  static ApiException invalid() {
    return ApiException.unprocessable(ErrorMessages.INVALID_PARAMETERS);
  }
}
