package dev.assay.cli;

import dev.assay.controllist.ControlList;
import dev.assay.reload.Reloadable;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options that choose which control list a command reads. */
final class ControlListOptions {
  @Option(
      names = "--control-list",
      paramLabel = "DIR",
      description =
          "A directory of extra measure files (*.yaml) read on top of the shipped control list:"
              + " new announcements, amendments or suspensions not yet shipped.")
  Path directory;

  ControlList load() {
    return load(directory, "--control-list");
  }

  /** The shipped control list, with the measure files of {@code directory} on top where given. */
  static ControlList load(Path directory, String option) {
    if (directory == null) {
      return ControlList.bundled();
    }
    if (!Files.isDirectory(directory)) {
      throw new UserInputException(option + " " + directory + " is not a directory");
    }
    try {
      return ControlList.load(directory);
    } catch (IllegalArgumentException e) {
      throw new UserInputException("control list: " + e.getMessage(), e);
    }
  }

  /**
   * The list to start with, behind a holder that a watcher can swap a new version of the directory
   * into; a fixed list where no directory is given.
   */
  Reloadable<ControlList> reloadable() {
    ControlList initial = load();
    return new Reloadable<>(directory, initial, ControlList::load);
  }
}
