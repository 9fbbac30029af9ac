package dev.assay.server.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import dev.assay.server.service.AssessmentStore;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An assessment as the API lists it. For an exporter's user only the declaration and its clearance
 * status are shown: scores, lanes and findings would tell a smuggler what customs looks for.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AssessmentView(
    String declarationId,
    LocalDate declaredAt,
    String customsOffice,
    String exporterId,
    String exporterName,
    String destination,
    BigDecimal valueUsd,
    Double score,
    String lane,
    List<String> findingCodes,
    String status,
    @JsonRawValue String assessment) {

  public static AssessmentView of(AssessmentStore.Stored s, boolean full) {
    return new AssessmentView(
        s.declarationId(),
        s.declaredAt(),
        s.customsOffice(),
        s.exporterId(),
        s.exporterName(),
        s.destination(),
        s.valueUsd(),
        full ? s.score() : null,
        full ? s.lane() : null,
        full ? s.findingCodes() : null,
        s.status(),
        full ? s.resultJson() : null);
  }
}
