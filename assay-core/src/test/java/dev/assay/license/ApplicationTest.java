package dev.assay.license;

import static dev.assay.license.Applications.on;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.declaration.EndUse;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class ApplicationTest {

  @Test
  void an_application_goes_from_draft_to_decision_and_every_step_is_recorded() {
    Application decided =
        Applications.draft("A-1")
            .transition(ApplicationState.SUBMITTED, "exporter", on("2025-09-01"), "")
            .transition(ApplicationState.UNDER_REVIEW, "officer Li", on("2025-09-02"), "accepted")
            .transition(ApplicationState.APPROVED, "officer Wang", on("2025-10-20"), "");

    assertThat(decided.state()).isEqualTo(ApplicationState.APPROVED);
    assertThat(decided.events())
        .extracting(ApplicationEvent::actor)
        .containsExactly("exporter", "officer Li", "officer Wang");
    assertThat(Applications.draft("A-2").state()).isEqualTo(ApplicationState.DRAFT);
  }

  @Test
  void only_the_allowed_transitions_are_accepted_and_final_states_are_final() {
    Application draft = Applications.draft("A-1");

    assertThatThrownBy(
            () -> draft.transition(ApplicationState.APPROVED, "officer Li", on("2025-09-01"), ""))
        .isInstanceOf(LicensingException.class)
        .hasMessageContaining("cannot go from DRAFT to APPROVED");
    Application withdrawn =
        draft.transition(
            ApplicationState.WITHDRAWN, "exporter", on("2025-09-01"), "order cancelled");
    assertThatThrownBy(
            () ->
                withdrawn.transition(ApplicationState.SUBMITTED, "exporter", on("2025-09-02"), ""))
        .hasMessageContaining("(WITHDRAWN is final)");
  }

  @Test
  void an_application_without_its_documents_cannot_be_submitted() {
    Application base = Applications.draft("A-1");
    Application incomplete =
        new Application(
            base.id(),
            base.exporter(),
            LicenseType.GENERAL,
            base.items(),
            base.consignee(),
            base.endUser(),
            base.endUse(),
            EndUse.CIVIL,
            base.destination(),
            EnumSet.of(DocumentKind.APPLICATION_FORM, DocumentKind.CONTRACT),
            base.createdAt(),
            base.events());

    assertThatThrownBy(
            () ->
                incomplete.transition(ApplicationState.SUBMITTED, "exporter", on("2025-09-01"), ""))
        .isInstanceOf(LicensingException.class)
        .hasMessageContaining("END_USER_CERTIFICATE")
        .hasMessageContaining("COMPLIANCE_PROGRAMME_REPORT")
        .hasMessageContaining("Art. 16");
  }

  @Test
  void a_denial_states_its_reason() {
    Application reviewed = Applications.acceptedOn("A-1", "2025-09-01");

    assertThatThrownBy(
            () -> reviewed.transition(ApplicationState.DENIED, "officer Li", on("2025-09-05"), " "))
        .hasMessageContaining("a denial states its reason");
  }

  @Test
  void the_clock_stops_only_during_review_once_at_a_time_and_steps_come_in_time_order() {
    Application submitted =
        Applications.draft("A-1")
            .transition(ApplicationState.SUBMITTED, "exporter", on("2025-09-01"), "");
    assertThatThrownBy(
            () ->
                submitted.apply(
                    new ApplicationEvent.ReviewPaused(
                        PauseKind.ON_SITE_CHECK, "officer Li", on("2025-09-02"), "")))
        .hasMessageContaining("the clock only stops during review");

    Application paused =
        Applications.acceptedOn("A-2", "2025-09-01")
            .apply(
                new ApplicationEvent.ReviewPaused(
                    PauseKind.ON_SITE_CHECK, "officer Li", on("2025-09-03"), "visit end user"));
    assertThat(paused.runningPause()).isPresent();
    assertThatThrownBy(
            () ->
                paused.apply(
                    new ApplicationEvent.ReviewPaused(
                        PauseKind.EXPERT_REVIEW, "officer Li", on("2025-09-04"), "")))
        .hasMessageContaining("ON_SITE_CHECK is already running");
    assertThatThrownBy(
            () ->
                paused.apply(
                    new ApplicationEvent.ReviewResumed("officer Li", on("2025-09-02"), "")))
        .hasMessageContaining("comes before the last recorded one");
    Application decided =
        paused.transition(
            ApplicationState.DENIED, "officer Li", on("2025-09-20"), "diversion risk");
    assertThat(decided.runningPause()).as("a decision ends the review").isEmpty();
  }

  @Test
  void every_step_names_who_took_it() {
    assertThatThrownBy(
            () ->
                Applications.draft("A-1")
                    .transition(ApplicationState.SUBMITTED, " ", on("2025-09-01"), ""))
        .hasMessageContaining("the actor must be named");
  }
}
