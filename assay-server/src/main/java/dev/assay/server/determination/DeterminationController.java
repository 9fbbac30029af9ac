package dev.assay.server.determination;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The exporter's question "does this shipment need a license?" as an API call. */
@RestController
@Tag(name = "Determinations")
public class DeterminationController {
  private final Determinations determinations;

  public DeterminationController(Determinations determinations) {
    this.determinations = determinations;
  }

  @Operation(
      summary = "Does this goods line need a license? (exporters, licensing officers)",
      description =
          "The control-list determination of assay determine, on the list in force: verdict"
              + " (NOT_CONTROLLED, DEPENDS_ON_SPECIFICATION, LICENSE_REQUIRED,"
              + " PRESUMPTION_OF_DENIAL, PROHIBITED), the measures with their legal basis, what"
              + " decides where the code alone does not, and warnings where the list may be out"
              + " of date. hsCode and destination are required; date defaults to today; endUse is"
              + " UNSPECIFIED, CIVIL or MILITARY. A field at fault is named in the problem's"
              + " errors.")
  @PostMapping("/api/v1/determinations")
  public Determinations.Answer determine(@RequestBody(required = false) Determinations.Question q) {
    return determinations.determine(
        q == null
            ? new Determinations.Question(null, null, null, null, null, null, null, null, null)
            : q,
        LocalDate.now());
  }
}
