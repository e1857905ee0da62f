package io.insighta.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Recognises ports (public core interfaces) and checks how adapters implementing them are named.
 */
final class Ports {

  private Ports() {}

  static DescribedPredicate<JavaClass> publicInterfacesIn(String base) {
    return DescribedPredicate.describe(
        "are public interfaces of " + base + ".domain or " + base + ".application",
        type ->
            type.isInterface()
                && type.getModifiers().contains(JavaModifier.PUBLIC)
                && (Packages.isIn(type, base + ".domain")
                    || Packages.isIn(type, base + ".application")));
  }

  static DescribedPredicate<JavaClass> implementADomainPort(String base) {
    return DescribedPredicate.describe(
        "implement a domain port",
        type -> !type.isInterface() && !type.isAnonymousClass() && !portsOf(type, base).isEmpty());
  }

  static ArchCondition<JavaClass> beNamedTechnologyPlusPort(String base) {
    return new ArchCondition<>("be named <Technology><Port>") {
      @Override
      public void check(JavaClass adapter, ConditionEvents events) {
        List<String> ports = portsOf(adapter, base);
        String name = adapter.getSimpleName();
        boolean named =
            ports.stream().anyMatch(port -> name.endsWith(port) && name.length() > port.length());
        String message =
            adapter.getName()
                + " implements "
                + ports
                + " but is not named <Technology><Port> in "
                + adapter.getSourceCodeLocation();
        events.add(new SimpleConditionEvent(adapter, named, message));
      }
    };
  }

  private static List<String> portsOf(JavaClass type, String base) {
    return type.getAllRawInterfaces().stream()
        .filter(
            port ->
                Packages.roots(base).stream()
                    .anyMatch(root -> Packages.isIn(port, root + ".domain")))
        .map(JavaClass::getSimpleName)
        .sorted()
        .collect(Collectors.toList());
  }
}
