package io.insighta.adapters.http.client.demographics;

import io.insighta.domain.profile.DemographicSource;
import io.insighta.domain.profile.DemographicsUnavailableException;

/** The outcome of one service call: a value, or the reason it is unusable. */
record CallResult<T>(DemographicSource source, T value, String failure, Throwable cause) {

  static <T> CallResult<T> success(DemographicSource source, T value) {
    return new CallResult<>(source, value, null, null);
  }

  static <T> CallResult<T> failure(DemographicSource source, String detail, Throwable cause) {
    return new CallResult<>(source, null, detail, cause);
  }

  boolean failed() {
    return failure != null;
  }

  T valueOrThrow() {
    if (failed()) {
      throw cause == null
          ? new DemographicsUnavailableException(source, failure)
          : new DemographicsUnavailableException(source, failure, cause);
    }
    return value;
  }
}
