package io.insighta.bootstrap.scaleout;

/** Stops what a test class started, in the order given, skipping what never got started. */
final class Closing {
  private Closing() {}

  static void all(AutoCloseable... resources) throws Exception {
    for (AutoCloseable resource : resources) {
      if (resource != null) {
        resource.close();
      }
    }
  }
}
