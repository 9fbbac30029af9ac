package dev.assay.server.api;

import dev.assay.ingest.Format;
import dev.assay.ingest.IngestException;
import dev.assay.server.service.Json;
import dev.assay.server.service.ScreeningService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Synchronous screening of one declaration, as a clearance system calls it. */
@RestController
@Tag(name = "Screening")
public class ScreenController {
  /** A declaration has at most a few hundred lines: 1 MB is ample. */
  static final int MAX_BODY = 1 << 20;

  private final ScreeningService screening;

  public ScreenController(ScreeningService screening) {
    this.screening = screening;
  }

  @Operation(
      summary = "Screen one declaration",
      description =
          "Takes one declaration in the nested JSON form (docs/import-format.md) and answers its"
              + " assessment, the same object that assay screen writes per line. The same"
              + " declaration sent again answers the stored assessment (header Assay-Replayed:"
              + " true) without screening it twice; the same id with other content is 409.",
      requestBody =
          @RequestBody(
              content =
                  @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json")))
  @PostMapping(
      path = "/api/v1/screen",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<String> screen(HttpServletRequest request) throws IOException {
    byte[] body = Bodies.read(request, MAX_BODY);
    Json.Parsed parsed;
    try {
      parsed = Json.read(body, Format.JSON);
    } catch (IngestException e) {
      throw ApiException.badField("body", e.getMessage());
    }
    if (!parsed.errors().isEmpty()) {
      throw new ApiException(
          HttpStatus.UNPROCESSABLE_CONTENT,
          "the declaration is invalid: " + parsed.errors().getFirst().describe(),
          Bodies.errors(parsed.errors()));
    }
    if (parsed.declarations().size() != 1) {
      throw new ApiException(
          HttpStatus.BAD_REQUEST,
          "send exactly one declaration (got "
              + parsed.declarations().size()
              + "); use a batch for more",
          List.of(new ApiException.FieldError("body", "exactly one declaration object")));
    }
    ScreeningService.Screened screened = screening.screen(parsed.declarations().getFirst(), null);
    return ResponseEntity.ok()
        .header("Assay-Replayed", Boolean.toString(screened.replayed()))
        .contentType(MediaType.APPLICATION_JSON)
        .body(screened.stored().resultJson());
  }
}
