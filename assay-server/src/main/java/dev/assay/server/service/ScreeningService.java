package dev.assay.server.service;

import dev.assay.declaration.Declaration;
import dev.assay.server.api.ApiException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

/**
 * Screens declarations through the engine and keeps each assessment. A declaration id is screened
 * once: sending the same declaration again (a client retrying after a timeout, a batch resumed
 * after a crash) returns the stored assessment without screening it again, so licenses are not
 * drawn down twice; the same id with other content is refused. An assessment is answered only once
 * it is committed.
 *
 * <p>Only the engine's own step is serialised (its detectors are stateful). A request first claims
 * its declaration id in memory, so that two requests with the same new id cannot both screen it:
 * the second waits for the first and answers its stored assessment (or 409 for other content). The
 * replay lookup, the JSON work and the wait for the database run outside the engine's lock, and the
 * rows of concurrent requests share one commit ({@link AssessmentCommitter}).
 */
@Service
public class ScreeningService {
  private final ScreeningEngine engine;
  private final AssessmentStore store;
  private final AssessmentCommitter committer;

  /** Declaration ids being screened now, with the content they are screened with. */
  private final ConcurrentHashMap<String, Claim> inFlight = new ConcurrentHashMap<>();

  private record Claim(String declarationJson, CompletableFuture<AssessmentStore.Stored> done) {}

  public ScreeningService(
      ScreeningEngine engine, AssessmentStore store, AssessmentCommitter committer) {
    this.engine = engine;
    this.store = store;
    this.committer = committer;
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
    while (true) {
      Claim mine = new Claim(declarationJson, new CompletableFuture<>());
      Claim other = inFlight.putIfAbsent(declaration.id(), mine);
      if (other != null) {
        AssessmentStore.Stored theirs;
        try {
          theirs = other.done().join();
        } catch (CompletionException | java.util.concurrent.CancellationException e) {
          // The other request failed (or was refused): try again, on our own.
          continue;
        }
        requireSameContent(declaration.id(), theirs.declarationJson(), declarationJson);
        return new Screened(theirs, true);
      }
      try {
        Screened screened = screenClaimed(declaration, declarationJson, batchId);
        // Released only once stored: a request that comes after finds the row.
        inFlight.remove(declaration.id(), mine);
        mine.done().complete(screened.stored());
        return screened;
      } catch (RuntimeException | Error e) {
        inFlight.remove(declaration.id(), mine);
        mine.done().completeExceptionally(e);
        throw e;
      }
    }
  }

  private Screened screenClaimed(Declaration declaration, String declarationJson, String batchId) {
    Optional<Screened> earlier = replay(declaration.id(), declarationJson);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    ScreeningEngine.Stamped screened = engine.screenStamped(declaration);
    String resultJson = Json.assessment(screened.assessment());
    AssessmentStore.Stored row =
        AssessmentStore.row(
            declaration,
            declarationJson,
            screened.assessment(),
            resultJson,
            batchId,
            screened.screenedAt());
    boolean stored = committer.store(row).join();
    if (!stored) {
      // Stored meanwhile by another server on the same database.
      return replay(declaration.id(), declarationJson).orElseThrow();
    }
    return new Screened(row, false);
  }

  private Optional<Screened> replay(String id, String declarationJson) {
    Optional<AssessmentStore.Stored> stored = store.find(id);
    if (stored.isEmpty()) {
      return Optional.empty();
    }
    requireSameContent(id, stored.get().declarationJson(), declarationJson);
    return Optional.of(new Screened(stored.get(), true));
  }

  private static void requireSameContent(String id, String stored, String sent) {
    if (!stored.equals(sent)) {
      throw ApiException.conflict(
          "declaration_id",
          "declaration " + id + " was screened before with other content; give it a new id");
    }
  }
}
