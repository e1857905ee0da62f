package io.insighta.bootstrap.db;

import java.nio.file.Path;

/** Another running server uses this embedded data directory; starting a second one would clash. */
public final class DataDirectoryInUseException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  public DataDirectoryInUseException(Path pgData) {
    super(
        "another Insighta server is running on the embedded database in "
            + pgData
            + ": stop it first, or give this one its own INSIGHTA_DATA_DIR");
  }
}
