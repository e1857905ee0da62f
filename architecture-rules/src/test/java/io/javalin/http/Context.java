package io.javalin.http;

/** Test stand-in for Javalin's request context. */
public interface Context {
  String pathParam(String key);

  Context json(Object body);
}
