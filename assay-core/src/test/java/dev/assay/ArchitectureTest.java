package dev.assay;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The core knows the domain and nothing of frameworks; adapters depend on it, never the reverse.
 */
@AnalyzeClasses(packages = "dev.assay", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule core_does_not_depend_on_frameworks =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.springframework..",
              "org.apache.flink..",
              "java.sql..",
              "javax.sql..",
              "jakarta..",
              "org.flywaydb..",
              "picocli..")
          .because(
              "assay-core is plain Java; servers, stream jobs and stores are adapters around it");

  @ArchTest
  static final ArchRule core_does_not_depend_on_adapters =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "dev.assay.cli..",
              "dev.assay.server..",
              "dev.assay.store..",
              "dev.assay.flink..",
              "dev.assay.ml..",
              "dev.assay.bench..")
          .because("adapters depend on the core, never the other way round");
}
