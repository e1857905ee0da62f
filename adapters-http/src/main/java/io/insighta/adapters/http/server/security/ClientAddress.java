package io.insighta.adapters.http.server.security;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Who is really calling: the socket peer, unless the peer is a trusted proxy — then the right-most
 * {@code X-Forwarded-For} hop that is not itself a trusted proxy. A client cannot change its
 * address by sending the header itself, because an untrusted peer's header is ignored.
 */
public final class ClientAddress {
  private final TrustedProxies trusted;

  public ClientAddress(TrustedProxies trusted) {
    this.trusted = trusted;
  }

  public String of(Context ctx) {
    String remote = ctx.req().getRemoteAddr();
    Optional<InetAddress> peer = IpLiteral.parse(remote);
    if (peer.isEmpty()) {
      return remote == null ? "unknown" : remote;
    }
    InetAddress client = peer.get();
    if (!trusted.contains(client)) {
      return client.getHostAddress();
    }
    List<String> hops = forwardedFor(ctx);
    Collections.reverse(hops);
    for (String hop : hops) {
      Optional<InetAddress> address = IpLiteral.parse(hop);
      if (address.isEmpty()) {
        break;
      }
      client = address.get();
      if (!trusted.contains(client)) {
        break;
      }
    }
    return client.getHostAddress();
  }

  /** HTTPS directly, or {@code X-Forwarded-Proto: https} set by a trusted proxy. */
  public boolean isHttps(Context ctx) {
    if ("https".equalsIgnoreCase(ctx.scheme())) {
      return true;
    }
    String proto = ctx.header("X-Forwarded-Proto");
    return proto != null
        && "https".equals(proto.split(",")[0].strip().toLowerCase(Locale.ROOT))
        && IpLiteral.parse(ctx.req().getRemoteAddr()).filter(trusted::contains).isPresent();
  }

  private static List<String> forwardedFor(Context ctx) {
    List<String> hops = new ArrayList<>();
    for (String header : Collections.list(ctx.req().getHeaders("X-Forwarded-For"))) {
      for (String hop : header.split(",")) {
        hops.add(hop.strip());
      }
    }
    return hops;
  }
}
