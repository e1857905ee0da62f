package io.insighta.adapters.http.server.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The served OpenAPI document as a tree: its operations, the operation a concrete request path and
 * method reach, and local {@code $ref}s followed to what they point at.
 */
public final class OpenApiDocument {
  static final Set<String> METHODS =
      Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  private final String text;
  private final JsonNode root;
  private final List<ApiOperation> operations = new ArrayList<>();
  private final Map<String, Pattern> templates = new LinkedHashMap<>();

  private OpenApiDocument(String text) {
    this.text = text;
    try {
      this.root = new ObjectMapper().readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    root.path("paths")
        .properties()
        .forEach(
            path -> {
              templates.put(path.getKey(), templatePattern(path.getKey()));
              path.getValue()
                  .properties()
                  .forEach(
                      entry -> {
                        if (METHODS.contains(entry.getKey())) {
                          operations.add(
                              new ApiOperation(
                                  entry.getKey().toUpperCase(Locale.ROOT),
                                  path.getKey(),
                                  "/paths/" + escape(path.getKey()) + "/" + entry.getKey(),
                                  entry.getValue()));
                        }
                      });
            });
  }

  /** The document the server serves, read from the classpath. */
  public static OpenApiDocument load() {
    return new OpenApiDocument(new String(OpenApiRoutes.load(), StandardCharsets.UTF_8));
  }

  public String text() {
    return text;
  }

  public JsonNode root() {
    return root;
  }

  public List<ApiOperation> operations() {
    return List.copyOf(operations);
  }

  /**
   * The path template a concrete path (no query) falls under, preferring literal segments over
   * parameters ({@code /api/profiles/search} over {@code /api/profiles/{id}}); a trailing slash is
   * ignored as the router ignores it.
   */
  public Optional<String> template(String path) {
    String normalised =
        path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    return templates.entrySet().stream()
        .filter(entry -> entry.getValue().matcher(normalised).matches())
        .map(Map.Entry::getKey)
        .min(Comparator.comparingLong(template -> template.chars().filter(c -> c == '{').count()));
  }

  public Optional<ApiOperation> operation(String method, String path) {
    return template(path)
        .flatMap(
            template ->
                operations.stream()
                    .filter(op -> op.template().equals(template) && op.method().equals(method))
                    .findFirst());
  }

  /** A node and its JSON pointer, after following {@code $ref}s to their targets. */
  public record Located(JsonNode node, String pointer) {}

  /** Follows local {@code $ref}s from the node at {@code pointer} to the object they name. */
  public Located resolve(String pointer) {
    JsonNode node = root.at(pointer);
    String at = pointer;
    for (int hops = 0; node.has("$ref") && hops < 10; hops++) {
      String ref = node.get("$ref").asText();
      if (!ref.startsWith("#")) {
        throw new IllegalStateException("only local $refs are supported: " + ref);
      }
      at = ref.substring(1);
      node = root.at(at);
      if (node.isMissingNode()) {
        throw new IllegalStateException("$ref to nothing: " + ref);
      }
    }
    return new Located(node, at);
  }

  /** RFC 6901 escaping of one pointer segment. */
  static String escape(String segment) {
    return segment.replace("~", "~0").replace("/", "~1");
  }

  private static Pattern templatePattern(String template) {
    StringBuilder regex = new StringBuilder();
    for (String part : template.split("(?=\\{)|(?<=\\})")) {
      regex.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
    }
    return Pattern.compile(regex.toString());
  }
}
