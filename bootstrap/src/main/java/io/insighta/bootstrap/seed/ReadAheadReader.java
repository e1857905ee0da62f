package io.insighta.bootstrap.seed;

import io.insighta.adapters.http.server.imports.ProfileImportReader;
import io.insighta.application.profile.ImportCandidate;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Parses a file on a second thread while the caller validates and stores the rows already read, so
 * a large import uses both cores; at most {@link #DEPTH} chunks of {@link #CHUNK} rows are held.
 */
public final class ReadAheadReader implements ProfileImportReader {
  static final int CHUNK = 1024;
  static final int DEPTH = 4;

  /** A chunk of rows, or the end of the file, or the reader's failure. */
  private record Chunk(List<ImportCandidate> rows, RuntimeException failure) {}

  private static final Chunk END = new Chunk(List.of(), null);

  private final ProfileImportReader source;
  private final BlockingQueue<Chunk> chunks = new ArrayBlockingQueue<>(DEPTH);
  private final Thread reader;
  private Iterator<ImportCandidate> current = List.<ImportCandidate>of().iterator();
  private boolean ended;

  public ReadAheadReader(ProfileImportReader source) {
    this.source = source;
    this.reader = new Thread(this::readAll, "import-read-ahead");
    reader.setDaemon(true);
    reader.start();
  }

  private void readAll() {
    try {
      chunks.put(readChunks());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Queues every full chunk; returns the last one: the end, or the failure to rethrow. */
  private Chunk readChunks() throws InterruptedException {
    try {
      List<ImportCandidate> rows = new ArrayList<>(CHUNK);
      while (source.hasNext()) {
        rows.add(source.next());
        if (rows.size() == CHUNK) {
          chunks.put(new Chunk(rows, null));
          rows = new ArrayList<>(CHUNK);
        }
      }
      if (!rows.isEmpty()) {
        chunks.put(new Chunk(rows, null));
      }
      return END;
    } catch (RuntimeException e) {
      // Handed to the consumer, which rethrows it on its own thread.
      return new Chunk(List.of(), e);
    }
  }

  @Override
  public boolean hasNext() {
    while (!current.hasNext() && !ended) {
      Chunk chunk = take();
      if (chunk.failure() != null) {
        throw chunk.failure();
      }
      ended = chunk == END;
      current = chunk.rows().iterator();
    }
    return current.hasNext();
  }

  @Override
  public ImportCandidate next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return current.next();
  }

  private Chunk take() {
    try {
      Chunk chunk = chunks.poll(10, TimeUnit.MINUTES);
      if (chunk == null) {
        throw new IllegalStateException("the import file reader stopped answering");
      }
      return chunk;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the import file", e);
    }
  }

  @Override
  public void close() throws IOException {
    reader.interrupt();
    try {
      reader.join(TimeUnit.SECONDS.toMillis(5));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    source.close();
  }
}
