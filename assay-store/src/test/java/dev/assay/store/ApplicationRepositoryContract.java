package dev.assay.store;

import static dev.assay.store.Fixtures.NOW;
import static dev.assay.store.Fixtures.application;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.license.Application;
import dev.assay.license.ApplicationEvent;
import dev.assay.license.ApplicationRepository;
import dev.assay.license.ApplicationState;
import dev.assay.license.LicensingException;
import dev.assay.license.PauseKind;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every database must do with applications: one specification for H2 and PostgreSQL. */
abstract class ApplicationRepositoryContract {
  private TestDatabases.Opened opened;
  ApplicationRepository applications;

  abstract TestDatabases.Opened open() throws Exception;

  @BeforeEach
  void setUp() throws Exception {
    opened = open();
    applications = new JdbcApplicationRepository(opened.database());
  }

  @AfterEach
  void tearDown() throws Exception {
    if (opened != null) { // null when the database could not be opened (test skipped or failed)
      opened.cleanup().close();
    }
  }

  @Test
  void an_application_and_its_steps_read_back_whole() {
    Application submitted =
        application("APP-1").transition(ApplicationState.SUBMITTED, "exporter", NOW, "");
    applications.create(submitted);

    Application accepted =
        applications.record(
            "APP-1",
            new ApplicationEvent.StateChanged(
                ApplicationState.SUBMITTED,
                ApplicationState.UNDER_REVIEW,
                "officer Li",
                NOW.plusSeconds(3600),
                "complete"));
    applications.record(
        "APP-1",
        new ApplicationEvent.ReviewPaused(
            PauseKind.EXPERT_REVIEW, "officer Li", NOW.plusSeconds(7200), "purity claim"));

    Application stored = applications.find("APP-1").orElseThrow();
    assertThat(stored).isEqualTo(accepted.apply(stored.events().getLast()));
    assertThat(stored.state()).isEqualTo(ApplicationState.UNDER_REVIEW);
    assertThat(stored.runningPause()).isPresent();
    assertThat(applications.list()).containsExactly(stored);
  }

  @Test
  void a_step_the_rules_refuse_is_not_recorded() {
    applications.create(application("APP-1"));

    assertThatThrownBy(
            () ->
                applications.record(
                    "APP-1",
                    new ApplicationEvent.StateChanged(
                        ApplicationState.DRAFT, ApplicationState.APPROVED, "officer Li", NOW, "")))
        .isInstanceOf(LicensingException.class)
        .hasMessageContaining("cannot go from DRAFT to APPROVED");
    assertThat(applications.find("APP-1").orElseThrow().events()).isEmpty();
    assertThatThrownBy(() -> applications.create(application("APP-1")))
        .isInstanceOf(LicensingException.class)
        .hasMessageContaining("already exists");
  }

  @Test
  void two_officers_moving_the_same_application_at_once_exactly_one_succeeds() throws Exception {
    applications.create(
        application("APP-1").transition(ApplicationState.SUBMITTED, "exporter", NOW, ""));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Application>> futures = new ArrayList<>();
      for (String officer : List.of("officer Li", "officer Wang")) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return applications.record(
                      "APP-1",
                      new ApplicationEvent.StateChanged(
                          ApplicationState.SUBMITTED,
                          ApplicationState.UNDER_REVIEW,
                          officer,
                          NOW.plusSeconds(60),
                          "accepted"));
                }));
      }
      start.countDown();
      int succeeded = 0;
      int refused = 0;
      for (Future<Application> f : futures) {
        try {
          f.get(60, TimeUnit.SECONDS);
          succeeded++;
        } catch (java.util.concurrent.ExecutionException e) {
          assertThat(e.getCause()).isInstanceOf(LicensingException.class);
          refused++;
        }
      }
      assertThat(succeeded).isEqualTo(1);
      assertThat(refused).isEqualTo(1);
      assertThat(applications.find("APP-1").orElseThrow().events()).hasSize(2);
    } finally {
      pool.shutdownNow();
    }
  }
}
