package redis.clients.jedis;

/** Test stand-in for the Jedis client. */
public class Jedis {
  public String get(String key) {
    return key.isEmpty() ? null : "cached:" + key;
  }

  public String set(String key, String value) {
    return value;
  }
}
