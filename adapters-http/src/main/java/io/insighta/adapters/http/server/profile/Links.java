package io.insighta.adapters.http.server.profile;

/** Relative links to this, the next and the previous page; null past either edge. */
public record Links(String self, String next, String prev) {}
