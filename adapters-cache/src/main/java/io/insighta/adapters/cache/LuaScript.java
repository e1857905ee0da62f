package io.insighta.adapters.cache;

import java.nio.charset.StandardCharsets;
import java.util.List;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisNoScriptException;

/**
 * A server-side script run by its SHA-1 (EVALSHA), sent in full only when Redis does not know it
 * yet, e.g. after a restart.
 */
public final class LuaScript {
  private final String source;
  private final String sha1;

  public LuaScript(String source) {
    this.source = source;
    this.sha1 = Digests.hex("SHA-1", source.getBytes(StandardCharsets.UTF_8));
  }

  public Object run(UnifiedJedis redis, List<String> keys, List<String> arguments) {
    try {
      return redis.evalsha(sha1, keys, arguments);
    } catch (JedisNoScriptException e) {
      return redis.eval(source, keys, arguments);
    }
  }
}
