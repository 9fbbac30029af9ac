package dev.assay.reload;

/** What one look at a watched source found. */
public sealed interface Reload<T> {

  /** The source has the content it had at the last look. */
  record Unchanged<T>() implements Reload<T> {}

  /** A new version loaded and is now in force. */
  record Reloaded<T>(T version) implements Reload<T> {}

  /** A new version did not load; the previous one stays in force. */
  record Rejected<T>(String reason) implements Reload<T> {}
}
