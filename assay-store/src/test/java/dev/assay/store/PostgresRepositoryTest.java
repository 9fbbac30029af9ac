package dev.assay.store;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;

/**
 * The repository specifications on the real PostgreSQL server at 127.0.0.1:5432. Skipped with a
 * message when it cannot be reached, except under CI, where that fails the build.
 */
@DisplayName("PostgreSQL (127.0.0.1:5432, database test)")
class PostgresRepositoryTest {

  @Nested
  class Licenses extends LicenseRepositoryContract {
    @Override
    TestDatabases.Opened open() {
      return TestDatabases.postgres();
    }
  }

  @Nested
  class Applications extends ApplicationRepositoryContract {
    @Override
    TestDatabases.Opened open() {
      return TestDatabases.postgres();
    }
  }
}
