package dev.assay.store;

import static dev.assay.store.Fixtures.NOW;
import static dev.assay.store.Fixtures.draw;
import static dev.assay.store.Fixtures.issued;
import static dev.assay.store.Fixtures.license;
import static dev.assay.store.Fixtures.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.declaration.CountryCode;
import dev.assay.declaration.Party;
import dev.assay.license.DrawdownOutcome;
import dev.assay.license.License;
import dev.assay.license.LicenseAmendment;
import dev.assay.license.LicenseChange;
import dev.assay.license.LicenseRepository;
import dev.assay.license.LicenseStatus;
import dev.assay.license.LicenseViolation;
import dev.assay.license.LicensingException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every database must do with licenses: the same specification runs on H2 and on PostgreSQL.
 */
abstract class LicenseRepositoryContract {
  private TestDatabases.Opened opened;
  Database database;
  LicenseRepository licenses;

  abstract TestDatabases.Opened open() throws Exception;

  @BeforeEach
  void setUp() throws Exception {
    opened = open();
    database = opened.database();
    licenses = new JdbcLicenseRepository(database);
  }

  @AfterEach
  void tearDown() throws Exception {
    if (opened != null) { // null when the database could not be opened (test skipped or failed)
      opened.cleanup().close();
    }
  }

  @Test
  void an_import_batch_stores_many_licenses_and_refuses_a_conflicting_one_alone() {
    licenses.add(license("25GA000001"), issued());
    JdbcLicenseRepository jdbc = (JdbcLicenseRepository) licenses;

    List<JdbcLicenseRepository.Outcome> outcomes =
        jdbc.addAll(
            List.of(
                license("25GA000002"),
                single("25GA000001"),
                license("25GA000001"),
                license("25GA000003")),
            l -> issued());

    assertThat(outcomes)
        .extracting(JdbcLicenseRepository.Outcome::added)
        .containsExactly(
            LicenseRepository.Added.ADDED,
            null,
            LicenseRepository.Added.UNCHANGED,
            LicenseRepository.Added.ADDED);
    assertThat(outcomes.get(1).refusal()).contains("already stored with other terms");
    assertThat(licenses.list())
        .containsExactly(license("25GA000001"), license("25GA000002"), license("25GA000003"));
    assertThat(licenses.history("25GA000003")).containsExactly(issued());
  }

  @Test
  void a_stored_license_reads_back_whole() {
    assertThat(licenses.add(license("25GA000001"), issued()))
        .isEqualTo(LicenseRepository.Added.ADDED);

    assertThat(licenses.find("25GA000001")).contains(license("25GA000001"));
    assertThat(licenses.find("25GA999999")).isEmpty();
    assertThat(licenses.list()).containsExactly(license("25GA000001"));
    assertThat(licenses.history("25GA000001")).containsExactly(issued());
  }

  @Test
  void importing_the_same_license_again_changes_nothing_but_other_terms_are_refused() {
    licenses.add(license("25GA000001"), issued());

    assertThat(licenses.add(license("25GA000001"), issued()))
        .isEqualTo(LicenseRepository.Added.UNCHANGED);
    License otherTerms = single("25GA000001");
    assertThatThrownBy(() -> licenses.add(otherTerms, issued()))
        .isInstanceOf(LicensingException.class)
        .hasMessageContaining("already stored with other terms");
    assertThat(licenses.find("25GA000001")).contains(license("25GA000001"));
    assertThat(licenses.history("25GA000001")).hasSize(1);
  }

  @Test
  void suspension_reinstatement_and_revocation_are_kept_in_the_history() {
    licenses.add(license("25GA000001"), issued());

    licenses.update(
        "25GA000001",
        l -> l.withStatus(LicenseStatus.SUSPENDED),
        change(LicenseChange.Kind.SUSPENDED, "end user under investigation"));
    licenses.update(
        "25GA000001",
        l -> l.withStatus(LicenseStatus.VALID),
        change(LicenseChange.Kind.REINSTATED, "investigation closed"));
    licenses.update(
        "25GA000001",
        l -> l.withStatus(LicenseStatus.REVOKED),
        change(LicenseChange.Kind.REVOKED, "obtained by false statements"));

    assertThat(licenses.find("25GA000001").orElseThrow().status()).isEqualTo(LicenseStatus.REVOKED);
    assertThat(licenses.history("25GA000001"))
        .extracting(LicenseChange::kind, LicenseChange::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(LicenseChange.Kind.ISSUED, ""),
            org.assertj.core.groups.Tuple.tuple(
                LicenseChange.Kind.SUSPENDED, "end user under investigation"),
            org.assertj.core.groups.Tuple.tuple(
                LicenseChange.Kind.REINSTATED, "investigation closed"),
            org.assertj.core.groups.Tuple.tuple(
                LicenseChange.Kind.REVOKED, "obtained by false statements"));
  }

  @Test
  void a_refused_change_records_nothing() {
    licenses.add(license("25GA000001"), issued());
    licenses.update(
        "25GA000001",
        l -> l.withStatus(LicenseStatus.REVOKED),
        change(LicenseChange.Kind.REVOKED, "fraud"));

    assertThatThrownBy(
            () ->
                licenses.update(
                    "25GA000001",
                    l -> l.withStatus(LicenseStatus.VALID),
                    change(LicenseChange.Kind.REINSTATED, "appeal")))
        .isInstanceOf(LicensingException.class)
        .hasMessageContaining("revocation is final");
    assertThat(licenses.history("25GA000001")).hasSize(2);
    assertThatThrownBy(
            () -> licenses.update("NOPE", l -> l, change(LicenseChange.Kind.AMENDED, "")))
        .isInstanceOf(LicensingException.class)
        .hasMessageContaining("no license NOPE");
  }

  @Test
  void an_amendment_changes_validity_consignee_and_limits_and_says_what_changed() {
    licenses.add(license("25GA000001"), issued());
    LicenseAmendment amendment =
        new LicenseAmendment(
            Optional.of(LocalDate.parse("2026-06-30")),
            Optional.of(new Party("Rotterdam Metals B.V.", CountryCode.parse("NL"), "")),
            Map.of(
                1, new LicenseAmendment.Limits(new BigDecimal("1500"), new BigDecimal("600000"))));

    License amended =
        licenses.update(
            "25GA000001",
            l -> l.amend(amendment),
            new LicenseChange(
                LicenseChange.Kind.AMENDED,
                NOW,
                "officer Li",
                "contract extended",
                amendment.describe()));

    assertThat(licenses.find("25GA000001")).contains(amended);
    assertThat(amended.validUntil()).isEqualTo(LocalDate.parse("2026-06-30"));
    assertThat(amended.item(1).orElseThrow().quantity()).isEqualByComparingTo("1500");
    assertThat(licenses.history("25GA000001").getLast().details())
        .contains("valid until 2026-06-30", "Rotterdam Metals B.V.", "item 1 limits 1500");
  }

  @Test
  void a_line_draws_once_however_often_it_is_screened() {
    licenses.add(license("25GA000001"), issued());

    DrawdownOutcome first = licenses.draw(draw("25GA000001", "D-1", 1, "400", "160000"));
    DrawdownOutcome again = licenses.draw(draw("25GA000001", "D-1", 1, "400", "160000"));

    assertThat(first).isInstanceOf(DrawdownOutcome.Drawn.class);
    assertThat(((DrawdownOutcome.Drawn) first).balance().remainingQuantity())
        .isEqualByComparingTo("600");
    assertThat(again)
        .isEqualTo(new DrawdownOutcome.AlreadyDrawn(((DrawdownOutcome.Drawn) first).drawdown()));
    assertThat(licenses.drawdowns("25GA000001")).hasSize(1);
    assertThat(licenses.balances("25GA000001").getFirst().drawnQuantity())
        .isEqualByComparingTo("400");
  }

  @Test
  void an_overdraw_is_refused_and_nothing_is_recorded() {
    licenses.add(license("25GA000001"), issued());
    licenses.draw(draw("25GA000001", "D-1", 1, "900", "100000"));

    DrawdownOutcome over = licenses.draw(draw("25GA000001", "D-2", 1, "100.5", "1000"));
    DrawdownOutcome overValue = licenses.draw(draw("25GA000001", "D-3", 1, "10", "300000.01"));

    assertThat(over).isInstanceOf(DrawdownOutcome.Refused.class);
    assertThat(((DrawdownOutcome.Refused) over).reason())
        .isInstanceOfSatisfying(
            LicenseViolation.Exceeded.class,
            e -> assertThat(e.balance().remainingQuantity()).isEqualByComparingTo("100"));
    assertThat(overValue).isInstanceOf(DrawdownOutcome.Refused.class);
    assertThat(licenses.drawdowns("25GA000001")).hasSize(1);
    assertThat(licenses.draw(draw("25GA000001", "D-4", 1, "100", "300000")))
        .as("exactly the rest still fits")
        .isInstanceOf(DrawdownOutcome.Drawn.class);
  }

  @Test
  void a_single_use_license_serves_one_declaration() {
    licenses.add(single("25GA000002"), issued());

    assertThat(licenses.draw(draw("25GA000002", "D-1", 1, "100", "1000")))
        .isInstanceOf(DrawdownOutcome.Drawn.class);
    assertThat(licenses.draw(draw("25GA000002", "D-1", 2, "100", "1000")))
        .as("another line of the same declaration")
        .isInstanceOf(DrawdownOutcome.Drawn.class);
    assertThat(licenses.draw(draw("25GA000002", "D-2", 1, "100", "1000")))
        .isEqualTo(new DrawdownOutcome.Refused(new LicenseViolation.SingleLicenseUsed("D-1")));
  }

  @Test
  void suspended_unknown_and_expired_licenses_cannot_be_drawn_on() {
    licenses.add(license("25GA000001"), issued());
    licenses.update(
        "25GA000001",
        l -> l.withStatus(LicenseStatus.SUSPENDED),
        change(LicenseChange.Kind.SUSPENDED, "review"));

    assertThat(licenses.draw(draw("25GA000001", "D-1", 1, "1", "1")))
        .isEqualTo(
            new DrawdownOutcome.Refused(new LicenseViolation.NotInForce(LicenseStatus.SUSPENDED)));
    assertThat(licenses.draw(draw("NOPE", "D-1", 1, "1", "1")))
        .isEqualTo(new DrawdownOutcome.Refused(new LicenseViolation.UnknownLicense("NOPE")));
    assertThat(licenses.drawdowns("25GA000001")).isEmpty();
  }

  @Test
  void a_check_answers_like_a_draw_but_records_nothing() {
    licenses.add(license("25GA000001"), issued());

    assertThat(licenses.check(draw("25GA000001", "D-1", 1, "1000", "1000")))
        .isInstanceOf(DrawdownOutcome.Drawn.class);
    assertThat(licenses.check(draw("25GA000001", "D-1", 1, "1000.1", "1000")))
        .isInstanceOf(DrawdownOutcome.Refused.class);
    assertThat(licenses.drawdowns("25GA000001")).isEmpty();
  }

  @Test
  void two_declarations_drawing_the_last_of_a_license_at_once_exactly_one_succeeds()
      throws Exception {
    int rounds = 5;
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < rounds; round++) {
        String number = "25GA10000" + round;
        String a = "A-" + round;
        String b = "B-" + round;
        licenses.add(license(number), issued());
        licenses.draw(draw(number, "EARLIER-" + round, 1, "600", "1000"));
        CountDownLatch start = new CountDownLatch(1);
        // Each wants 300 of the 400 left: both fit alone, not together.
        List<Callable<DrawdownOutcome>> draws =
            List.of(
                () -> {
                  start.await();
                  return licenses.draw(draw(number, a, 1, "300", "1000"));
                },
                () -> {
                  start.await();
                  return licenses.draw(draw(number, b, 1, "300", "1000"));
                });
        List<Future<DrawdownOutcome>> futures = new ArrayList<>();
        for (Callable<DrawdownOutcome> d : draws) {
          futures.add(pool.submit(d));
        }
        start.countDown();
        List<DrawdownOutcome> outcomes = new ArrayList<>();
        for (Future<DrawdownOutcome> f : futures) {
          outcomes.add(f.get(60, TimeUnit.SECONDS));
        }

        assertThat(outcomes).filteredOn(DrawdownOutcome.Drawn.class::isInstance).hasSize(1);
        assertThat(outcomes)
            .filteredOn(DrawdownOutcome.Refused.class::isInstance)
            .singleElement()
            .satisfies(
                r ->
                    assertThat(((DrawdownOutcome.Refused) r).reason())
                        .isInstanceOf(LicenseViolation.Exceeded.class));
        assertThat(licenses.balances(number).getFirst().drawnQuantity())
            .isEqualByComparingTo("900");
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void a_crash_in_the_middle_of_storing_a_license_leaves_none_of_it() {
    // Writes: the license row, 2 destinations, 2 items, the history entry; die at the 4th.
    LicenseRepository crashing =
        new JdbcLicenseRepository(FailingConnections.failingAtWrite(database, 4));

    assertThatThrownBy(() -> crashing.add(license("25GA000001"), issued()))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("simulated crash");

    assertThat(licenses.find("25GA000001")).isEmpty();
    assertThat(licenses.list()).isEmpty();
    assertThat(licenses.history("25GA000001")).isEmpty();
    assertThat(licenses.add(license("25GA000001"), issued()))
        .as("nothing half-stored stands in the way of a retry")
        .isEqualTo(LicenseRepository.Added.ADDED);
  }

  private static LicenseChange change(LicenseChange.Kind kind, String reason) {
    return new LicenseChange(kind, NOW, "officer Li", reason, "");
  }
}
