package io.insighta.adapters.http.server.support;

import java.net.http.HttpClient;

/** Starts requests against the test server; by default as the admin, with API version 1. */
public final class TestClient {

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final String base;

  TestClient(String base) {
    this.base = base;
  }

  public String base() {
    return base;
  }

  public Call get(String path) {
    return call("GET", path);
  }

  public Call post(String path) {
    return call("POST", path);
  }

  public Call delete(String path) {
    return call("DELETE", path);
  }

  public Call call(String method, String path) {
    return new Call(http, base, method, path);
  }
}
