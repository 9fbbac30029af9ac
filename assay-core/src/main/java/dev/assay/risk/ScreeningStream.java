package dev.assay.risk;

import dev.assay.declaration.Declaration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Screens a stream of declarations with the detectors spread over threads ({@link
 * Screener#stream}): this thread enriches each declaration, runs its own group of detectors and
 * hands the declaration, with the outcomes the detectors learn before and after it, to the workers,
 * which run theirs; once every group has seen a declaration, this thread scores it. Every group
 * sees the same declarations and outcomes in the same order as on one thread, so the assessments
 * are the same.
 *
 * <p>Declarations travel in chunks of {@value #CHUNK}: while the workers inspect one chunk, this
 * thread prepares the next ones and scores and delivers those the workers have finished, so the
 * threads meet once a chunk, not once a declaration, and wait for each other only when one is
 * {@value #CHUNKS_IN_FLIGHT} chunks behind. A worker waiting for work parks (it does not spin),
 * leaving its core to the parser and the compiler.
 *
 * <p>A detector that fails on a worker fails the stream: the next {@link #accept}, {@link #flush}
 * or {@link #close} throws {@link DetectorFailure} with the declaration's id. Not thread-safe: one
 * thread at a time, each call seeing the previous one's effects (as a hand-off's consumer thread
 * does).
 */
public final class ScreeningStream implements AutoCloseable {
  /** Declarations handed to the workers at once. */
  static final int CHUNK = 256;

  /**
   * Chunks handed on and not yet scored, at most: how far this thread's enrichment and detectors
   * may run ahead of the workers (2,048 declarations, a few megabytes), so that either side can be
   * descheduled for a few time slices without stopping the other.
   */
  static final int CHUNKS_IN_FLIGHT = 8;

  /** Spins of the stream's thread waiting for a chunk before it parks. */
  private static final int SPINS = 200;

  /** Receives each assessment, in the order the declarations were accepted. */
  @FunctionalInterface
  public interface Sink {
    void screened(Declaration declaration, Assessment assessment);
  }

  /** A detector failed on a worker; the stream is unusable. */
  public static final class DetectorFailure extends RuntimeException {
    private final String declarationId;

    DetectorFailure(String declarationId, String detectors, Throwable cause) {
      super(
          "screening declaration "
              + declarationId
              + " failed in a detector ("
              + detectors
              + "): "
              + cause,
          cause);
      this.declarationId = declarationId;
    }

    public String declarationId() {
      return declarationId;
    }
  }

  private static final Chunk STOP = new Chunk(0);

  private final Screener screener;
  private final DetectorGroups groups;
  private final Sink out;
  private final List<Worker> workers = new ArrayList<>();
  private final ArrayDeque<Chunk> inFlight = new ArrayDeque<>();
  private Chunk filling;
  private boolean broken;
  private boolean closed;

  ScreeningStream(Screener screener, DetectorGroups groups, Sink out) {
    this.screener = screener;
    this.groups = groups;
    this.out = out;
    this.filling = new Chunk(groups.workers());
    for (int g = 1; g < groups.size(); g++) {
      workers.add(new Worker(g));
    }
  }

  /** How many threads screen: this one and the workers. */
  public int threads() {
    return 1 + workers.size();
  }

  /** Screens a declaration; its assessment reaches the sink now or at a later call. */
  public void accept(Declaration declaration) {
    check();
    if (workers.isEmpty()) {
      deliver(declaration, screener.screen(declaration));
      return;
    }
    Slot slot = new Slot(declaration, groups.size(), groups.detectorCount());
    try {
      screener.prepare(slot, groups, filling.events);
    } catch (RuntimeException | Error e) {
      broken = true;
      throw e;
    }
    filling.slots.add(slot);
    if (filling.slots.size() >= CHUNK) {
      submit();
      // Score what the workers have finished; wait for them only when they are far behind, so
      // that a worker the scheduler sets aside for a while (other processes on the cores) does
      // not stop this thread, and this thread's scoring does not stop the workers.
      while (!inFlight.isEmpty()
          && (inFlight.peek().isDone() || inFlight.size() > CHUNKS_IN_FLIGHT)) {
        finish(inFlight.poll());
      }
    }
  }

  /** Delivers the assessment of every declaration accepted so far. */
  public void flush() {
    check();
    if (!filling.slots.isEmpty() || !filling.events.isEmpty()) {
      submit();
    }
    while (!inFlight.isEmpty()) {
      finish(inFlight.poll());
    }
  }

  /**
   * Flushes (unless the stream failed) and stops the workers; waits for them to end. Throws what a
   * worker's detector threw, if the stream has not thrown it yet.
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    try {
      if (!broken) {
        flush();
      }
    } finally {
      closed = true;
      screener.streamClosed(this);
      for (Worker w : workers) {
        w.stop();
      }
    }
  }

  private void check() {
    if (closed) {
      throw new IllegalStateException("the screening stream is closed");
    }
    if (broken) {
      throw new IllegalStateException("the screening stream failed; nothing more is screened");
    }
  }

  private void submit() {
    Chunk chunk = filling;
    filling = new Chunk(groups.workers());
    for (Worker w : workers) {
      w.hand(chunk);
    }
    inFlight.add(chunk);
  }

  private void finish(Chunk chunk) {
    chunk.await();
    if (chunk.failure != null) {
      broken = true;
      throw chunk.failure;
    }
    for (Slot slot : chunk.slots) {
      Assessment assessment;
      try {
        assessment = screener.finish(slot, groups);
      } catch (RuntimeException | Error e) {
        broken = true;
        throw e;
      }
      deliver(slot.declaration, assessment);
    }
  }

  private void deliver(Declaration declaration, Assessment assessment) {
    try {
      out.screened(declaration, assessment);
    } catch (RuntimeException | Error e) {
      broken = true;
      throw e;
    }
  }

  /**
   * One declaration on its way through the groups: what each group found (in detector order within
   * the group) and where each detector's findings end in its group's list.
   */
  static final class Slot {
    final Declaration declaration;
    EnrichedDeclaration enriched;

    /** The outcomes released to the detectors just before this declaration, for the weights. */
    List<Screener.PendingOutcome> released;

    /** The declaration's own label, learned after it, and whether it was known at once. */
    Screener.PendingOutcome label;

    boolean labelKnown;

    /** For each of the screener's detectors, how many findings its group had after it ran. */
    final int[] ends;

    private final List<Finding>[] found;

    @SuppressWarnings("unchecked")
    Slot(Declaration declaration, int groups, int detectors) {
      this.declaration = declaration;
      this.found = new List[groups];
      this.ends = new int[detectors];
    }

    void released(Screener.PendingOutcome p) {
      if (released == null) {
        released = new ArrayList<>(4);
      }
      released.add(p);
    }

    int found(int group) {
      List<Finding> list = found[group];
      return list == null ? 0 : list.size();
    }

    List<Finding> list(int group) {
      List<Finding> list = found[group];
      return list == null ? new ArrayList<>(0) : list;
    }

    Consumer<Finding> sink(int group) {
      return f -> {
        List<Finding> list = found[group];
        if (list == null) {
          list = new ArrayList<>(2);
          found[group] = list;
        }
        list.add(f);
      };
    }
  }

  /** Declarations and outcomes, in stream order, for the workers; done when all have run them. */
  private static final class Chunk {
    /** Slots (inspect) and pending outcomes (learn), in the order one thread would see them. */
    final List<Object> events = new ArrayList<>(CHUNK + 16);

    final List<Slot> slots = new ArrayList<>(CHUNK);
    final CountDownLatch done;
    volatile DetectorFailure failure;

    Chunk(int workers) {
      this.done = new CountDownLatch(workers);
    }

    boolean isDone() {
      return done.getCount() == 0;
    }

    void await() {
      for (int i = 0; i < SPINS && done.getCount() > 0; i++) {
        Thread.onSpinWait();
      }
      boolean interrupted = false;
      while (true) {
        try {
          done.await();
          break;
        } catch (InterruptedException e) {
          // the chunk is in a worker's hands; leaving now would lose its declarations
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private final class Worker implements Runnable {
    private final int group;
    private final BlockingQueue<Chunk> chunks = new ArrayBlockingQueue<>(CHUNKS_IN_FLIGHT + 2);
    private final Thread thread;
    private boolean failed;

    Worker(int group) {
      this.group = group;
      this.thread = Thread.ofPlatform().name("assay-detectors-" + group).daemon().start(this);
    }

    void hand(Chunk chunk) {
      put(chunk);
    }

    void stop() {
      put(STOP);
      try {
        thread.join(TimeUnit.MINUTES.toMillis(1));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    private void put(Chunk chunk) {
      boolean interrupted = false;
      while (true) {
        try {
          chunks.put(chunk);
          break;
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }

    @Override
    public void run() {
      while (true) {
        Chunk chunk;
        try {
          chunk = chunks.take();
        } catch (InterruptedException e) {
          return;
        }
        if (chunk == STOP) {
          return;
        }
        if (!failed) {
          run(chunk);
        }
        chunk.done.countDown();
      }
    }

    private void run(Chunk chunk) {
      String id = null;
      try {
        for (Object event : chunk.events) {
          if (event instanceof Slot slot) {
            id = slot.declaration.id();
            groups.inspect(group, slot.enriched, slot);
          } else {
            Screener.PendingOutcome p = (Screener.PendingOutcome) event;
            id = p.declaration.id();
            groups.learn(group, p.declaration, p.outcome);
          }
        }
      } catch (RuntimeException | Error e) {
        // A detector's state is unknown after it threw: this worker runs nothing more.
        failed = true;
        if (chunk.failure == null) {
          chunk.failure = new DetectorFailure(id, groups.describe(group), e);
        }
      }
    }
  }
}
