package dev.assay.license;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an export license application stands. An application is drafted, submitted to the commerce
 * authority, accepted for review (which starts the statutory clock), and decided; the exporter may
 * withdraw it until it is decided.
 */
public enum ApplicationState {
  DRAFT,
  SUBMITTED,
  UNDER_REVIEW,
  APPROVED,
  DENIED,
  WITHDRAWN;

  /** The states this one may move to. */
  public Set<ApplicationState> next() {
    return switch (this) {
      case DRAFT -> EnumSet.of(SUBMITTED, WITHDRAWN);
      case SUBMITTED -> EnumSet.of(UNDER_REVIEW, WITHDRAWN);
      case UNDER_REVIEW -> EnumSet.of(APPROVED, DENIED, WITHDRAWN);
      case APPROVED, DENIED, WITHDRAWN -> EnumSet.noneOf(ApplicationState.class);
    };
  }

  /** Whether the application is decided or withdrawn: nothing more happens to it. */
  public boolean isFinal() {
    return next().isEmpty();
  }
}
