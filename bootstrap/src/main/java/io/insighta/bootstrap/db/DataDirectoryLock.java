package io.insighta.bootstrap.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The lock a running server holds on its embedded data directory (zonky's {@code epg-lock}): only
 * when nobody holds it is a postmaster found there left over from a dead process.
 */
final class DataDirectoryLock {
  static final String FILE_NAME = "epg-lock";

  private DataDirectoryLock() {}

  /**
   * Runs {@code action} while holding the lock, and releases it before returning so that the
   * embedded server can take it next.
   *
   * @throws DataDirectoryInUseException when a live server holds the lock
   */
  static void whileFree(Path pgData, Runnable action) {
    try (FileChannel channel =
        FileChannel.open(
            pgData.resolve(FILE_NAME), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      FileLock lock = tryLock(channel, pgData);
      try {
        action.run();
      } finally {
        lock.release();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not open the lock file in " + pgData, e);
    }
  }

  private static FileLock tryLock(FileChannel channel, Path pgData) throws IOException {
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    }
    if (lock == null) {
      throw new DataDirectoryInUseException(pgData);
    }
    return lock;
  }
}
