package io.insighta.adapters.http.server.json;

import java.util.Locale;

/** Compares a request's {@code Content-Type} with a media type, ignoring parameters and case. */
public final class MediaTypes {

  public static final String JSON = "application/json";
  public static final String CSV = "text/csv";

  private MediaTypes() {}

  public static boolean is(String contentType, String mediaType) {
    if (contentType == null) {
      return false;
    }
    int semicolon = contentType.indexOf(';');
    String type = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
    return type.strip().toLowerCase(Locale.ROOT).equals(mediaType);
  }
}
