package io.insighta.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.net.URISyntaxException;
import java.security.CodeSource;
import java.util.regex.Pattern;

/** Imports the classes a module's architecture test checks: its own code, never its tests. */
public final class ArchitectureCheck {

  private static final Pattern TEST_JAR = Pattern.compile(".*-tests\\.jar!/.*");

  private ArchitectureCheck() {}

  /**
   * The production classes under the given packages on the test class path: test classes and Maven
   * test-jars (another module's contract tests, for instance) are left out.
   */
  public static JavaClasses productionClasses(String... packages) {
    return new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(location -> !location.matches(TEST_JAR))
        .importPackages(packages);
  }

  /**
   * The classes under the given packages that were loaded from the same class-path entry (directory
   * or jar) as {@code anchor}: exactly one module's code, whatever else is on the path.
   */
  public static JavaClasses classesBeside(Class<?> anchor, String... packages) {
    String root = rootOf(anchor);
    return new ClassFileImporter()
        .withImportOption(location -> location.asURI().toString().startsWith(root))
        .importPackages(packages);
  }

  /**
   * Lets a rule pass on a module that has no classes yet, and only then: once the module has code,
   * a rule that selects nothing points at a wrong package and must fail.
   */
  public static ArchRule allowingEmptyModule(ArchRule rule, JavaClasses classes) {
    return classes.isEmpty() ? rule.allowEmptyShould(true) : rule;
  }

  private static String rootOf(Class<?> anchor) {
    CodeSource source = anchor.getProtectionDomain().getCodeSource();
    if (source == null) {
      throw new IllegalArgumentException(anchor.getName() + " has no class-path location");
    }
    try {
      String uri = source.getLocation().toURI().toString();
      return uri.endsWith(".jar") ? "jar:" + uri + "!/" : uri;
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(anchor.getName() + " has an unusable location", e);
    }
  }
}
