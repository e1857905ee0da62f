package io.insighta.adapters.http.server.security;

import java.math.BigInteger;
import java.net.InetAddress;
import java.util.List;

/**
 * The reverse proxies whose {@code X-Forwarded-For} and {@code X-Forwarded-Proto} headers are
 * believed: exact addresses ({@code 10.0.0.7}, {@code ::1}) or CIDR blocks ({@code 10.0.0.0/8}).
 */
public final class TrustedProxies {
  public static final TrustedProxies NONE = new TrustedProxies(List.of());

  private record Block(byte[] network, int prefixLength) {
    boolean contains(InetAddress address) {
      byte[] bytes = address.getAddress();
      if (bytes.length != network.length) {
        return false;
      }
      int bits = bytes.length * 8;
      BigInteger mask =
          BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE).shiftRight(prefixLength).not();
      return new BigInteger(1, bytes).and(mask).equals(new BigInteger(1, network).and(mask));
    }
  }

  private final List<Block> blocks;

  private TrustedProxies(List<Block> blocks) {
    this.blocks = List.copyOf(blocks);
  }

  /**
   * @throws IllegalArgumentException for an entry that is not an IP literal or CIDR block
   */
  public static TrustedProxies of(List<String> entries) {
    return new TrustedProxies(entries.stream().map(TrustedProxies::block).toList());
  }

  /** Parses a comma-separated list, as written in configuration. */
  public static TrustedProxies parse(String commaSeparated) {
    if (commaSeparated == null || commaSeparated.isBlank()) {
      return NONE;
    }
    return of(
        List.of(commaSeparated.split(",")).stream()
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .toList());
  }

  public boolean contains(InetAddress address) {
    return blocks.stream().anyMatch(block -> block.contains(address));
  }

  private static Block block(String entry) {
    String[] parts = entry.strip().split("/", -1);
    InetAddress address =
        IpLiteral.parse(parts[0])
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "trusted proxy '" + entry + "' is not an IP address"));
    int maxPrefix = address.getAddress().length * 8;
    int prefix = maxPrefix;
    if (parts.length == 2 && parts[1].matches("\\d{1,3}")) {
      prefix = Integer.parseInt(parts[1]);
    } else if (parts.length != 1) {
      prefix = -1;
    }
    if (prefix < 0 || prefix > maxPrefix) {
      throw new IllegalArgumentException(
          "trusted proxy '" + entry + "' has an invalid prefix length");
    }
    return new Block(address.getAddress(), prefix);
  }
}
