package io.insighta.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Package arithmetic shared by the rules: which root and which adapter a class belongs to. */
final class Packages {

  private Packages() {}

  /** The base package being checked and Insighta's own, most specific first. */
  static List<String> roots(String base) {
    return Stream.of(base, HexagonalRules.INSIGHTA)
        .distinct()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .toList();
  }

  static boolean isIn(JavaClass type, String packageName) {
    String own = type.getPackageName();
    return own.equals(packageName) || own.startsWith(packageName + ".");
  }

  /** The adapter a class belongs to, as {@code <root>.adapters.<name>}, if it belongs to one. */
  static Optional<String> adapterOf(JavaClass type, String base) {
    String own = type.getPackageName();
    for (String root : roots(base)) {
      String prefix = root + ".adapters.";
      if (own.startsWith(prefix)) {
        int end = own.indexOf('.', prefix.length());
        return Optional.of(end < 0 ? own : own.substring(0, end));
      }
    }
    return Optional.empty();
  }
}
