package com.example.insighta.adapters.mongo;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import io.insighta.architecture.ArchitectureCheck;
import io.insighta.architecture.RuleSets;
import org.junit.jupiter.api.Test;

class MongoAdapterArchitectureTest {

  private static final String BASE = "com.example.insighta";

  @Test
  void mongoAdapterKeepsInsightasArchitectureRules() {
    JavaClasses classes = ArchitectureCheck.classesBeside(MongoProfileRepository.class, BASE);
    for (ArchRule rule : RuleSets.adapter(BASE)) {
      rule.check(classes);
    }
  }
}
