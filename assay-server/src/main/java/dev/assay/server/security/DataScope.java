package dev.assay.server.security;

import dev.assay.server.api.ApiException;
import java.util.Optional;
import java.util.Set;

/**
 * What part of the data a user may see: all of it, the declarations of some customs offices (a risk
 * officer), or those of one exporter (an exporter's user). Every query of scoped data goes through
 * one of these, so a forgotten filter cannot leak another office's or exporter's data.
 */
public record DataScope(Optional<Set<String>> offices, Optional<String> exporterId) {

  public static final DataScope ALL = new DataScope(Optional.empty(), Optional.empty());

  public static DataScope of(AssayUser user) {
    return switch (user.role()) {
      case RISK_OFFICER -> new DataScope(Optional.of(user.offices()), Optional.empty());
      case EXPORTER -> new DataScope(Optional.empty(), user.exporterId().or(() -> Optional.of("")));
      default -> ALL;
    };
  }

  /** Whether a declaration of this office and exporter is in scope. */
  public boolean covers(String office, String exporter) {
    return offices.map(o -> o.contains(office)).orElse(true)
        && exporterId.map(e -> e.equals(exporter == null ? null : exporter.trim())).orElse(true);
  }

  /**
   * Refuses a filter value outside the scope (asking for another office is an error, not empty).
   */
  public void checkOffice(String office) {
    if (office != null && offices.isPresent() && !offices.get().contains(office)) {
      throw ApiException.forbidden("office", "not one of your customs offices");
    }
  }

  public void checkExporter(String exporter) {
    if (exporter != null && exporterId.isPresent() && !exporterId.get().equals(exporter)) {
      throw ApiException.forbidden("exporter", "you may see only your own company's data");
    }
  }
}
