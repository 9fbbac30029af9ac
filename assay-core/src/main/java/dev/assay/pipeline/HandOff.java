package dev.assay.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * Passes a stream's items to a consumer running on a second thread, in the same order, so that
 * producing them (generating or parsing declarations) and consuming them (writing, screening) share
 * the machine's two cores instead of taking turns. The producer stays on one thread, so a seed
 * still gives the same bytes and detectors still see declarations in file order. Memory stays
 * bounded: a few batches wait at most.
 *
 * <p>A failure of either side stops both: the consumer's failure (a full disk, a bug) is thrown to
 * the producer at its next item and at {@link #close}; a producer that fails closes the hand-off in
 * a try-with-resources, which lets the consumer finish what it was given and end.
 */
public final class HandOff<T> implements Consumer<T>, AutoCloseable {
  private static final int BATCH = 512;
  private static final int BATCHES_WAITING = 8;

  private final BlockingQueue<List<T>> queue = new ArrayBlockingQueue<>(BATCHES_WAITING);
  private final List<T> end = new ArrayList<>(0);
  private final Thread worker;
  private volatile Throwable failure;
  private boolean failureThrown;
  private List<T> batch = new ArrayList<>(BATCH);
  private boolean closed;

  public HandOff(Consumer<? super T> consumer, String threadName) {
    this.worker = Thread.ofPlatform().name(threadName).daemon().start(() -> work(consumer));
  }

  private void work(Consumer<? super T> consumer) {
    boolean failed = false;
    try {
      while (true) {
        List<T> next = queue.take();
        if (next == end) {
          return;
        }
        if (failed) {
          continue; // keep taking so that the producer never blocks on a dead consumer
        }
        try {
          for (T item : next) {
            consumer.accept(item);
          }
        } catch (RuntimeException | Error e) {
          // Errors too (out of memory): a consumer that died silently would block the producer.
          failure = e;
          failed = true;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void accept(T item) {
    rethrowFailure();
    if (failureThrown) {
      throw new IllegalStateException("the consumer failed; nothing more is handed on");
    }
    batch.add(item);
    if (batch.size() == BATCH) {
      put(batch);
      batch = new ArrayList<>(BATCH);
    }
  }

  /** Hands on what is left, waits until the consumer has taken everything, rethrows its failure. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (!batch.isEmpty()) {
      put(batch);
    }
    put(end);
    try {
      worker.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the consumer finished", e);
    }
    rethrowFailure();
  }

  private void put(List<T> items) {
    try {
      queue.put(items);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while handing items on", e);
    }
  }

  /**
   * Throws the consumer's failure once: close() after a failed accept() must not throw it again.
   */
  private void rethrowFailure() {
    Throwable e = failure;
    if (e != null && !failureThrown) {
      failureThrown = true;
      if (e instanceof Error error) {
        throw error;
      }
      throw (RuntimeException) e;
    }
  }
}
