package io.insighta.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Optional;

/**
 * Conditions on what adapters may reach: they look at Insighta's own adapters as well as those
 * under the checked base, so an adapter written elsewhere cannot lean on one of ours either.
 */
final class AdapterPackages {

  private AdapterPackages() {}

  static ArchCondition<JavaClass> dependOnNoOtherAdapter(String base) {
    return new ArchCondition<>("depend on no other adapter") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        Optional<String> own = Packages.adapterOf(origin, base);
        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
          Optional<String> target = Packages.adapterOf(dependency.getTargetClass(), base);
          if (target.isPresent() && !target.equals(own)) {
            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
          }
        }
      }
    };
  }

  static ArchCondition<JavaClass> useGeneratedJooqOnlyInsidePersistence(String base) {
    return new ArchCondition<>("use generated jOOQ classes only inside adapters.persistence") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
          for (String root : Packages.roots(base)) {
            if (Packages.isIn(dependency.getTargetClass(), root + ".adapters.persistence.jooq")
                && !Packages.isIn(origin, root + ".adapters.persistence")) {
              events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
            }
          }
        }
      }
    };
  }
}
