package io.insighta.bootstrap.deploy;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Clients that each list and read profiles through the proxy without pause until stopped, every
 * request tagged with an {@code X-Request-Id} of the run; it counts answers and keeps every failure
 * (any status but 200, or no answer at all).
 */
final class LoadGenerator implements AutoCloseable {
  private final ProxyClient proxy;
  private final String accessToken;
  private final List<String> profileIds;
  private final String runName;
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final AtomicLong succeeded = new AtomicLong();
  private final Queue<String> failures = new ConcurrentLinkedQueue<>();
  private final List<Thread> clients = new ArrayList<>();

  private LoadGenerator(
      ProxyClient proxy, String accessToken, List<String> profileIds, String runName) {
    this.proxy = proxy;
    this.accessToken = accessToken;
    this.profileIds = List.copyOf(profileIds);
    this.runName = runName;
  }

  static LoadGenerator start(
      ProxyClient proxy, String accessToken, List<String> profileIds, String runName, int clients) {
    LoadGenerator load = new LoadGenerator(proxy, accessToken, profileIds, runName);
    for (int c = 0; c < clients; c++) {
      int client = c;
      Thread thread = new Thread(() -> load.loop(client), runName + "-client-" + c);
      thread.setDaemon(true);
      load.clients.add(thread);
      thread.start();
    }
    return load;
  }

  private void loop(int client) {
    HttpClient http = proxy.newClient(HttpClient.Version.HTTP_1_1);
    for (long n = 0; running.get(); n++) {
      String path =
          n % 2 == 0
              ? "/api/profiles?page=" + (1 + n % 3) + "&limit=5"
              : "/api/profiles/" + profileIds.get((int) (n % profileIds.size()));
      String requestId = runName + "-" + client + "-" + n;
      HttpRequest request =
          proxy.api(path, accessToken).header("X-Request-Id", requestId).GET().build();
      try {
        int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status == 200) {
          succeeded.incrementAndGet();
        } else {
          failures.add(requestId + " " + path + " -> " + status);
        }
      } catch (IOException e) {
        failures.add(requestId + " " + path + " -> " + e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** Waits until at least {@code count} more requests have succeeded (bounded by {@code max}). */
  void awaitSuccesses(long count, Duration max) {
    long target = succeeded.get() + count;
    long deadline = System.nanoTime() + max.toNanos();
    while (succeeded.get() < target && System.nanoTime() < deadline) {
      LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
    }
  }

  long succeeded() {
    return succeeded.get();
  }

  List<String> failures() {
    return List.copyOf(failures);
  }

  /** Stops the clients and waits for each one's last request to end. */
  @Override
  public void close() throws InterruptedException {
    running.set(false);
    for (Thread client : clients) {
      client.join(Duration.ofSeconds(30).toMillis());
    }
  }
}
