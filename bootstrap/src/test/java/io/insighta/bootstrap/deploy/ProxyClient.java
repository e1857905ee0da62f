package io.insighta.bootstrap.deploy;

import io.insighta.bootstrap.support.HttpResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * HTTPS to the deployment's public URL through HAProxy, trusting only the deployment's self-signed
 * certificate, with host-name verification left on.
 */
final class ProxyClient {
  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private final URI base;
  private final SSLContext tls;
  private final HttpClient client;

  ProxyClient(URI base, Path certificate) {
    this.base = base;
    this.tls = trusting(certificate);
    this.client = newClient(HttpClient.Version.HTTP_2);
  }

  /** A client of its own (own connections), as one more independent user of the service. */
  HttpClient newClient(HttpClient.Version version) {
    return HttpClient.newBuilder().sslContext(tls).version(version).connectTimeout(TIMEOUT).build();
  }

  SSLContext tls() {
    return tls;
  }

  URI base() {
    return base;
  }

  HttpRequest.Builder request(String pathAndQuery) {
    return HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(TIMEOUT);
  }

  HttpRequest.Builder api(String pathAndQuery, String accessToken) {
    return request(pathAndQuery)
        .header("Authorization", "Bearer " + accessToken)
        .header("X-API-Version", "1");
  }

  HttpResult send(HttpRequest.Builder request) {
    return HttpResult.send(client, request.build());
  }

  private static SSLContext trusting(Path certificate) {
    try (InputStream pem = Files.newInputStream(certificate)) {
      KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
      trusted.load(null, null);
      trusted.setCertificateEntry(
          "deployment", CertificateFactory.getInstance("X.509").generateCertificate(pem));
      TrustManagerFactory trust =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(trusted);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, trust.getTrustManagers(), null);
      return context;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
