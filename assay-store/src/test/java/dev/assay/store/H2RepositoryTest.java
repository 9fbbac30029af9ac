package dev.assay.store;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.io.TempDir;

/** The repository specifications on the embedded H2 file database (always runs). */
@DisplayName("H2 (embedded file database)")
class H2RepositoryTest {
  @TempDir static Path directory;

  private static int databases;

  static TestDatabases.Opened open() {
    return TestDatabases.h2(directory.resolve("db" + ++databases));
  }

  @Nested
  class Licenses extends LicenseRepositoryContract {
    @Override
    TestDatabases.Opened open() {
      return H2RepositoryTest.open();
    }
  }

  @Nested
  class Applications extends ApplicationRepositoryContract {
    @Override
    TestDatabases.Opened open() {
      return H2RepositoryTest.open();
    }
  }
}
