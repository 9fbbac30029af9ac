package dev.assay.server.service;

import dev.assay.declaration.Declaration;
import dev.assay.risk.Assessment;
import dev.assay.server.api.ApiException;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Screens declarations through the engine and keeps each assessment. A declaration id is screened
 * once: sending the same declaration again (a client retrying after a timeout, a batch resumed
 * after a crash) returns the stored assessment without screening it again, so licenses are not
 * drawn down twice; the same id with other content is refused.
 */
@Service
public class ScreeningService {
  private final ScreeningEngine engine;
  private final AssessmentStore store;

  public ScreeningService(ScreeningEngine engine, AssessmentStore store) {
    this.engine = engine;
    this.store = store;
  }

  /** An assessment as stored, and whether it was already there. */
  public record Screened(AssessmentStore.Stored stored, boolean replayed) {}

  /**
   * Screens one declaration, or returns its stored assessment.
   *
   * @throws ApiException 409 when the id was screened with other content
   */
  public Screened screen(Declaration declaration, String batchId) {
    String declarationJson = Json.declaration(declaration);
    // Screening and storing under one lock: two requests with the same new id cannot both
    // screen it (and draw its licenses twice).
    synchronized (this) {
      Optional<Screened> earlier = replay(declaration.id(), declarationJson);
      if (earlier.isPresent()) {
        return earlier.get();
      }
      Assessment assessment = engine.screen(declaration);
      String resultJson = Json.assessment(assessment);
      Optional<AssessmentStore.Stored> stored =
          store.insert(declaration, declarationJson, assessment, resultJson, batchId);
      if (stored.isEmpty()) {
        // Stored meanwhile by another server on the same database.
        return replay(declaration.id(), declarationJson).orElseThrow();
      }
      return new Screened(stored.get(), false);
    }
  }

  private Optional<Screened> replay(String id, String declarationJson) {
    Optional<AssessmentStore.Stored> stored = store.find(id);
    if (stored.isEmpty()) {
      return Optional.empty();
    }
    if (!stored.get().declarationJson().equals(declarationJson)) {
      throw ApiException.conflict(
          "declaration_id",
          "declaration " + id + " was screened before with other content; give it a new id");
    }
    return Optional.of(new Screened(stored.get(), true));
  }
}
