package io.insighta.adapters.http.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

class CallerLogContextTest {

  @Test
  void aCompletionOnAnotherThreadSeesTheCallersContextAndLeavesThatThreadsOwn() throws Exception {
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      pool.submit(() -> MDC.put("request_id", "pool-own")).get();
      MDC.put("request_id", "caller");
      BiFunction<String, Throwable, String> completion =
          CallerLogContext.carry((value, error) -> value + ":" + MDC.get("request_id"));
      MDC.remove("request_id");

      String seen =
          CompletableFuture.supplyAsync(() -> "done", pool).handleAsync(completion, pool).get();

      assertThat(seen).isEqualTo("done:caller");
      assertThat(pool.submit(() -> MDC.get("request_id")).get()).isEqualTo("pool-own");
    } finally {
      pool.shutdownNow();
    }
  }
}
