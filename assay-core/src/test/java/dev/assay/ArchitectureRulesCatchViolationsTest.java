package dev.assay;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** The architecture rules are only worth having if they fail on a violation. */
class ArchitectureRulesCatchViolationsTest {

  /** A class that reaches for JDBC, as a core class must not. */
  static final class ReachesForJdbc {
    java.sql.Connection connection;
  }

  /** A class that uses only the JDK's plain parts. */
  static final class PlainJava {
    java.util.List<String> names;
  }

  @Test
  void a_core_class_using_jdbc_violates_the_rule() {
    JavaClasses classes = new ClassFileImporter().importClasses(ReachesForJdbc.class);

    assertThat(ArchitectureTest.core_does_not_depend_on_frameworks.evaluate(classes).hasViolation())
        .isTrue();
  }

  @Test
  void plain_java_passes_the_rule() {
    JavaClasses classes = new ClassFileImporter().importClasses(PlainJava.class);

    assertThat(ArchitectureTest.core_does_not_depend_on_frameworks.evaluate(classes).hasViolation())
        .isFalse();
  }
}
