package dev.assay.cli;

import dev.assay.controllist.ControlList;
import dev.assay.screening.lists.ShippedLists;
import java.util.List;
import java.util.Set;

/**
 * Reads the shipped control list and indexes the shipped party lists (with the matcher's
 * vocabulary) on a second core while the main thread parses the command line and opens the input:
 * each takes a tenth of a second or more of a short command's start. Both are shared, lazily read
 * singletons behind a lock, so the main thread asking for one while it is being read here waits for
 * that reading (a join) instead of doing it again; a reading that fails here is not kept, and the
 * main thread's own attempt reports the error as it always did.
 */
final class Preload {
  /** Commands that read the shipped control list (without --control-list, which reads its own). */
  private static final Set<String> CONTROL_LIST =
      Set.of(
          "screen",
          "evaluate",
          "backtest",
          "determine",
          "controllist",
          "stats",
          "extraterritorial",
          "mirror",
          "applications");

  /** Commands that match party names against the shipped lists, indexed with the vocabulary. */
  private static final Set<String> PARTY_INDEX =
      Set.of("screen", "evaluate", "backtest", "match", "decision");

  private Preload() {}

  /** Starts the reading that the command in {@code args} will need; nothing for other commands. */
  static void start(String... args) {
    if (args.length == 0) {
      return;
    }
    List<String> all = List.of(args);
    if (all.contains("--help") || all.contains("-h")) {
      return;
    }
    boolean controlList =
        (CONTROL_LIST.contains(args[0]) || isListsRescreen(args))
            && all.stream().noneMatch(a -> a.startsWith("--control-list"));
    boolean partyIndex = PARTY_INDEX.contains(args[0]) || isListsRescreen(args);
    if (!controlList && !partyIndex) {
      return;
    }
    Thread reader =
        Thread.ofPlatform()
            .name("assay-preload")
            .daemon(true)
            .unstarted(
                () -> {
                  try {
                    if (controlList) {
                      ControlList.bundled();
                    }
                    if (partyIndex) {
                      ShippedLists.index(); // reads the vocabulary first
                    }
                  } catch (RuntimeException | Error e) {
                    // The main thread reads it again and reports what went wrong.
                  }
                });
    reader.start();
  }

  private static boolean isListsRescreen(String... args) {
    return args.length > 1 && args[0].equals("lists") && args[1].equals("rescreen");
  }
}
