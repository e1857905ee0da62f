package io.insighta.adapters.http.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

  private static InetAddress ip(String literal) {
    return IpLiteral.parse(literal).orElseThrow();
  }

  @Test
  void exactAddressesAndCidrBlocksMatch() {
    TrustedProxies proxies = TrustedProxies.parse("10.0.0.0/8, 192.168.1.7, ::1, fd00::/8");

    assertThat(proxies.contains(ip("10.200.3.4"))).isTrue();
    assertThat(proxies.contains(ip("11.0.0.1"))).isFalse();
    assertThat(proxies.contains(ip("192.168.1.7"))).isTrue();
    assertThat(proxies.contains(ip("192.168.1.8"))).isFalse();
    assertThat(proxies.contains(ip("[::1]"))).isTrue();
    assertThat(proxies.contains(ip("fd12::5"))).isTrue();
    assertThat(proxies.contains(ip("fe80::1"))).isFalse();
  }

  @Test
  void hostNamesAndBadPrefixesAreRefused() {
    assertThatThrownBy(() -> TrustedProxies.of(List.of("proxy.example")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TrustedProxies.of(List.of("10.0.0.0/33")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(IpLiteral.parse("localhost")).isEmpty();
    assertThat(TrustedProxies.NONE.contains(ip("127.0.0.1"))).isFalse();
  }
}
