package io.insighta.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.Source;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Optional;

/** Checks the source file a class was compiled from, as recorded in its bytecode. */
final class SourceFiles {

  private SourceFiles() {}

  static ArchCondition<JavaClass> beDeclaredInAFileNamedAfterThem() {
    return new ArchCondition<>("be declared in a file named after them") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        Optional<String> file = type.getSource().flatMap(Source::getFileName);
        // Without a SourceFile attribute (compiled with -g:none) there is nothing to compare.
        boolean matches =
            file.map(SourceFiles::withoutExtension).map(type.getSimpleName()::equals).orElse(true);
        String message =
            type.getName() + " is a top-level type declared in " + file.orElse("an unknown file");
        events.add(new SimpleConditionEvent(type, matches, message));
      }
    };
  }

  private static String withoutExtension(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot < 0 ? fileName : fileName.substring(0, dot);
  }
}
