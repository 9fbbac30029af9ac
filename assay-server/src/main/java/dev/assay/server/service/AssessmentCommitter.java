package dev.assay.server.service;

import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Group commit of new assessments: one writer thread takes whatever rows are waiting and stores
 * them in one transaction, then tells each waiting request whether its row was stored. At 1,000
 * requests a second a commit per request costs more than the screening itself; with one writer, the
 * rows that arrive while a commit is under way share the next one, so the commits per second fall
 * as the load rises while no request waits for a timer. Each caller still waits for its own row's
 * commit before it answers, so nothing acknowledged is lost.
 */
@Component
public class AssessmentCommitter {
  private static final Logger LOG = LoggerFactory.getLogger(AssessmentCommitter.class);

  /** Rows per transaction at most: bounds the work of one commit and the wait behind it. */
  static final int MAX_BATCH = 256;

  private record Pending(AssessmentStore.Stored row, CompletableFuture<Boolean> stored) {}

  private final AssessmentStore store;
  private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
  private final Thread writer;
  private volatile boolean stopping;

  public AssessmentCommitter(AssessmentStore store) {
    this.store = store;
    this.writer = new Thread(this::write, "assay-assessment-writer");
    writer.setDaemon(true);
    writer.start();
  }

  /**
   * Queues a row for the next commit.
   *
   * @return completes with true once the row is committed, false when a row of its declaration id
   *     was stored already; exceptionally when the transaction failed
   */
  public CompletableFuture<Boolean> store(AssessmentStore.Stored row) {
    CompletableFuture<Boolean> stored = new CompletableFuture<>();
    if (stopping) {
      stored.completeExceptionally(new IllegalStateException("the server is stopping"));
      return stored;
    }
    Pending pending = new Pending(row, stored);
    queue.add(pending);
    if (!writer.isAlive() && queue.remove(pending)) {
      // Queued after the writer's last look: nobody would ever answer it.
      stored.completeExceptionally(new IllegalStateException("the server is stopping"));
    }
    return stored;
  }

  private void write() {
    List<Pending> batch = new ArrayList<>(MAX_BATCH);
    while (true) {
      try {
        Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
        if (first == null) {
          if (stopping && queue.isEmpty()) {
            return;
          }
          continue;
        }
        batch.add(first);
        queue.drainTo(batch, MAX_BATCH - 1);
        commit(batch);
      } catch (InterruptedException e) {
        // Only a stop interrupts the writer: store what is queued, then end.
        stopping = true;
      } finally {
        batch.clear();
      }
    }
  }

  private void commit(List<Pending> batch) {
    List<AssessmentStore.Stored> rows = new ArrayList<>(batch.size());
    for (Pending p : batch) {
      rows.add(p.row());
    }
    try {
      boolean[] stored = store.insertAll(rows);
      for (int i = 0; i < batch.size(); i++) {
        batch.get(i).stored().complete(stored[i]);
      }
    } catch (RuntimeException | Error e) {
      LOG.error("storing {} assessments failed", batch.size(), e);
      for (Pending p : batch) {
        p.stored().completeExceptionally(e);
      }
    }
  }

  /** Stores what is queued before the server stops: those requests are waiting for it. */
  @PreDestroy
  void stop() throws InterruptedException {
    stopping = true;
    writer.join(TimeUnit.SECONDS.toMillis(30));
  }
}
