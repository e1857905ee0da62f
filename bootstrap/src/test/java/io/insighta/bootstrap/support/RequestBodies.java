package io.insighta.bootstrap.support;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Reads back the body a test gave an {@link HttpRequest}, so the contract check can see what was
 * sent; only bodies of a known length (strings, byte arrays), which can be read more than once.
 */
final class RequestBodies {
  private RequestBodies() {}

  /** The body as UTF-8 text; empty when there is none or it cannot be replayed. */
  static String text(HttpRequest request) {
    return request
        .bodyPublisher()
        .filter(publisher -> publisher.contentLength() > 0)
        .map(RequestBodies::drain)
        .orElse("");
  }

  private static String drain(HttpRequest.BodyPublisher publisher) {
    CompletableFuture<byte[]> done = new CompletableFuture<>();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    publisher.subscribe(
        new Flow.Subscriber<ByteBuffer>() {
          @Override
          public void onSubscribe(Flow.Subscription subscription) {
            subscription.request(Long.MAX_VALUE);
          }

          @Override
          public void onNext(ByteBuffer item) {
            byte[] bytes = new byte[item.remaining()];
            item.get(bytes);
            out.writeBytes(bytes);
          }

          @Override
          public void onError(Throwable throwable) {
            done.completeExceptionally(throwable);
          }

          @Override
          public void onComplete() {
            done.complete(out.toByteArray());
          }
        });
    try {
      return new String(done.get(5, TimeUnit.SECONDS), StandardCharsets.UTF_8);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("could not read back the request body", e);
    }
  }
}
