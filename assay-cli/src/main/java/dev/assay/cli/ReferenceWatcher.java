package dev.assay.cli;

import dev.assay.reload.Reload;
import dev.assay.reload.Reloadable;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Looks at the watched rule file and control-list directory every few seconds while a screen runs,
 * and says on stderr what it reloaded or why it kept the version in force. Runs on one daemon
 * thread; the swap itself is the holder's atomic write, so screening never waits for it.
 */
final class ReferenceWatcher implements AutoCloseable {
  private final PrintWriter err;
  private final List<Watched<?>> watched = new ArrayList<>();
  private ScheduledExecutorService timer;

  ReferenceWatcher(PrintWriter err) {
    this.err = err;
  }

  /**
   * @param what how the log names it: "rules", "control list"
   * @param size how the log counts a loaded version: "12 rules"
   */
  <T> void watch(String what, Reloadable<T> source, Function<T, String> size) {
    watched.add(new Watched<>(what, source, size));
  }

  void start(double everySeconds) {
    if (watched.isEmpty() || everySeconds <= 0) {
      return;
    }
    long millis = Math.max(50, Math.round(everySeconds * 1000));
    timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "assay-reload");
              t.setDaemon(true);
              return t;
            });
    timer.scheduleWithFixedDelay(this::lookOnce, millis, millis, TimeUnit.MILLISECONDS);
  }

  /** One look at every watched source; also the last look a test can make by hand. */
  void lookOnce() {
    for (Watched<?> w : watched) {
      w.look(err);
    }
  }

  @Override
  public void close() {
    if (timer != null) {
      timer.shutdownNow();
    }
  }

  private record Watched<T>(String what, Reloadable<T> source, Function<T, String> size) {
    void look(PrintWriter err) {
      try {
        switch (source.reloadIfChanged()) {
          case Reload.Unchanged<T> u -> {}
          case Reload.Reloaded<T> r ->
              err.println(
                  "assay: reloaded "
                      + what
                      + " from "
                      + source.source()
                      + ": "
                      + size.apply(r.version()));
          case Reload.Rejected<T> r ->
              err.println(
                  "assay: did not reload " + what + " from " + source.source() + ": " + r.reason());
        }
      } catch (RuntimeException e) {
        // The watcher must outlive any surprise, or later edits would be ignored silently.
        err.println("assay: did not reload " + what + " from " + source.source() + ": " + e);
      }
      err.flush();
    }
  }
}
