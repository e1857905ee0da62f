package io.insighta.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

class FlywayMigratorTest {

  @Test
  void anEmptySchemaIsMigratedOnceAndThenLeftAlone() {
    try (HikariDataSource pool =
        DataSourceFactory.create(EmbeddedPostgresSupport.freshSchema(), 2)) {
      FlywayMigrator migrator = new FlywayMigrator(pool);

      assertThat(migrator.migrate()).isPositive();
      assertThat(migrator.migrate()).isZero();
      assertThat(DSL.using(pool, org.jooq.SQLDialect.POSTGRES).fetchCount(DSL.table("profiles")))
          .isZero();
    }
  }
}
