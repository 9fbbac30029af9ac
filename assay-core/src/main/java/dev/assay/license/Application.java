package dev.assay.license;

import dev.assay.declaration.CountryCode;
import dev.assay.declaration.EndUse;
import dev.assay.declaration.Exporter;
import dev.assay.declaration.Party;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An application for a dual-use export license: the exporter, the items, the consignee, end user,
 * end use and destination, the documents filed, and every step it has gone through. Its state is
 * that of its last state change. Immutable: {@link #apply} checks a step against the rules and
 * returns the application with the step recorded.
 *
 * @param endUse the end use as the end-use certificate states it
 * @param endUseCategory civil or military, as the control list's end-use clauses read it
 * @param events the recorded steps, oldest first
 */
public record Application(
    String id,
    Exporter exporter,
    LicenseType licenseType,
    List<ApplicationItem> items,
    Party consignee,
    Party endUser,
    String endUse,
    EndUse endUseCategory,
    CountryCode destination,
    Set<DocumentKind> documents,
    Instant createdAt,
    List<ApplicationEvent> events) {

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9/_.-]{0,63}");

  public Application {
    Objects.requireNonNull(exporter, "exporter");
    Objects.requireNonNull(licenseType, "licenseType");
    Objects.requireNonNull(consignee, "consignee");
    Objects.requireNonNull(endUser, "endUser");
    Objects.requireNonNull(destination, "destination");
    createdAt = Amounts.normal(Objects.requireNonNull(createdAt, "createdAt"));
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "an application id is 1 to 64 letters, digits or / _ . -, got '" + id + "'");
    }
    items = List.copyOf(items);
    endUse = endUse == null ? "" : endUse;
    endUseCategory = endUseCategory == null ? EndUse.UNSPECIFIED : endUseCategory;
    // In the enum's order, so that listings read the same every time.
    documents =
        java.util.Collections.unmodifiableSet(
            documents.isEmpty() ? EnumSet.noneOf(DocumentKind.class) : EnumSet.copyOf(documents));
    events = List.copyOf(events);
    if (items.isEmpty()) {
      throw new IllegalArgumentException("an application has at least one item");
    }
    Set<Integer> itemNos = new HashSet<>();
    for (ApplicationItem item : items) {
      if (!itemNos.add(item.itemNo())) {
        throw new IllegalArgumentException("item " + item.itemNo() + " appears twice");
      }
    }
  }

  /** A new application, in draft. */
  public static Application draft(
      String id,
      Exporter exporter,
      LicenseType licenseType,
      List<ApplicationItem> items,
      Party consignee,
      Party endUser,
      String endUse,
      EndUse endUseCategory,
      CountryCode destination,
      Set<DocumentKind> documents,
      Instant createdAt) {
    return new Application(
        id,
        exporter,
        licenseType,
        items,
        consignee,
        endUser,
        endUse,
        endUseCategory,
        destination,
        documents,
        createdAt,
        List.of());
  }

  public ApplicationState state() {
    for (int i = events.size() - 1; i >= 0; i--) {
      if (events.get(i) instanceof ApplicationEvent.StateChanged change) {
        return change.to();
      }
    }
    return ApplicationState.DRAFT;
  }

  /** The review running now that stops the clock, if any. */
  public Optional<ApplicationEvent.ReviewPaused> runningPause() {
    ApplicationEvent.ReviewPaused running = null;
    for (ApplicationEvent event : events) {
      switch (event) {
        case ApplicationEvent.ReviewPaused p -> running = p;
        case ApplicationEvent.ReviewResumed r -> running = null;
        case ApplicationEvent.StateChanged s -> {
          if (s.to().isFinal()) {
            running = null;
          }
        }
      }
    }
    return Optional.ofNullable(running);
  }

  /** The documents the license type requires that the application does not carry. */
  public Set<DocumentKind> missingDocuments() {
    Set<DocumentKind> missing = EnumSet.copyOf(DocumentKind.requiredFor(licenseType));
    missing.removeAll(documents);
    return missing;
  }

  /** The application moved to another state; see {@link #apply}. */
  public Application transition(ApplicationState to, String actor, Instant at, String reason) {
    return apply(new ApplicationEvent.StateChanged(state(), to, actor, at, reason));
  }

  /**
   * The application with one more step, if the rules allow it: a state change must start from the
   * current state and be one the state allows; submission needs every required document; a denial
   * states its reason; the clock can be stopped only during review and only once at a time; steps
   * come in order of time.
   *
   * @throws LicensingException saying which rule the step breaks
   */
  public Application apply(ApplicationEvent event) {
    if (!events.isEmpty() && event.at().isBefore(events.getLast().at())) {
      throw new LicensingException(
          "application "
              + id
              + ": a step at "
              + event.at()
              + " comes before the last recorded one");
    }
    ApplicationState state = state();
    switch (event) {
      case ApplicationEvent.StateChanged change -> {
        if (change.from() != state) {
          throw new LicensingException(
              "application " + id + " is " + state + ", not " + change.from());
        }
        if (!state.next().contains(change.to())) {
          throw new LicensingException(
              "application "
                  + id
                  + " cannot go from "
                  + state
                  + " to "
                  + change.to()
                  + (state.isFinal() ? " (" + state + " is final)" : "; allowed: " + state.next()));
        }
        if (change.to() == ApplicationState.SUBMITTED && !missingDocuments().isEmpty()) {
          throw new LicensingException(
              "application "
                  + id
                  + " cannot be submitted without "
                  + missingDocuments()
                  + " (Dual-Use Regulations Art. 16)");
        }
        if (change.to() == ApplicationState.DENIED && change.reason().isBlank()) {
          throw new LicensingException("a denial states its reason");
        }
      }
      case ApplicationEvent.ReviewPaused pause -> {
        if (state != ApplicationState.UNDER_REVIEW) {
          throw new LicensingException(
              "application " + id + " is " + state + "; the clock only stops during review");
        }
        if (runningPause().isPresent()) {
          throw new LicensingException(
              "application "
                  + id
                  + ": a "
                  + runningPause().get().kind()
                  + " is already running; end it first");
        }
      }
      case ApplicationEvent.ReviewResumed resume -> {
        if (runningPause().isEmpty()) {
          throw new LicensingException("application " + id + ": no review is stopping the clock");
        }
      }
    }
    List<ApplicationEvent> more = new ArrayList<>(events);
    more.add(event);
    return new Application(
        id,
        exporter,
        licenseType,
        items,
        consignee,
        endUser,
        endUse,
        endUseCategory,
        destination,
        documents,
        createdAt,
        more);
  }
}
