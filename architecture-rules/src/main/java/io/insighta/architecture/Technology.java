package io.insighta.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The frameworks the core must not know, and the predicates that recognise them. */
final class Technology {

  static final String[] FRAMEWORKS = {
    "org.jooq..",
    "io.javalin..",
    "redis.clients..",
    "com.google.inject..",
    "com.fasterxml.jackson..",
    "jakarta.inject..",
    "javax.inject..",
    "org.slf4j.."
  };

  /** jOOQ (Record, DSLContext), Javalin (Context) and Jedis: the types a port must never carry. */
  private static final DescribedPredicate<JavaClass> SIGNATURE_TECHNOLOGY =
      JavaClass.Predicates.resideInAnyPackage("org.jooq..", "io.javalin..", "redis.clients..");

  private static final Set<String> INJECT =
      Set.of("jakarta.inject.Inject", "javax.inject.Inject", "com.google.inject.Inject");

  private Technology() {}

  static DescribedPredicate<JavaAnnotation<?>> injectAnnotation() {
    return DescribedPredicate.describe(
        "@Inject of jakarta.inject, javax.inject or Guice",
        annotation -> INJECT.contains(annotation.getRawType().getName()));
  }

  static ArchCondition<JavaMethod> mentionedInSignature() {
    return new ArchCondition<>("mention jOOQ, Javalin or Jedis types in their signature") {
      @Override
      public void check(JavaMethod method, ConditionEvents events) {
        Set<JavaClass> involved = new LinkedHashSet<>();
        involved.addAll(method.getReturnType().getAllInvolvedRawTypes());
        for (JavaType parameter : method.getParameterTypes()) {
          involved.addAll(parameter.getAllInvolvedRawTypes());
        }
        involved.addAll(method.getThrowsClause().getTypes());
        String offending =
            involved.stream()
                .filter(SIGNATURE_TECHNOLOGY)
                .map(JavaClass::getName)
                .sorted()
                .collect(Collectors.joining(", "));
        String message =
            method.getFullName()
                + " mentions ["
                + offending
                + "] in its signature in "
                + method.getSourceCodeLocation();
        events.add(new SimpleConditionEvent(method, !offending.isEmpty(), message));
      }
    };
  }
}
