package dev.assay.cli;

import dev.assay.reload.Reloadable;
import dev.assay.rules.RuleBook;
import dev.assay.rules.RuleFileException;
import dev.assay.rules.RuleProblem;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options that give a screen its analyst rules and say how often to look for changes. */
final class RuleOptions {
  @Option(
      names = "--rules",
      paramLabel = "FILE",
      description =
          "Analyst rules in CEL (YAML; docs/rules.md). A rule that does not load is reported and"
              + " left out; the others apply.")
  Path file;

  @Option(
      names = "--reload-every",
      paramLabel = "SECONDS",
      converter = Ranges.Seconds.class,
      defaultValue = "5",
      description =
          "While screening, look this often for a changed --rules file or --control-list"
              + " directory and swap the new version in (a broken one keeps the old). 0: never."
              + " Default: ${DEFAULT-VALUE}.")
  double reloadEverySeconds;

  /** The rule book to start with, its problems reported; empty where no file is given. */
  Optional<Reloadable<RuleBook>> load(Path file, PrintWriter err) {
    if (file == null) {
      return Optional.empty();
    }
    if (Files.isDirectory(file)) {
      throw new UserInputException("--rules " + file + " is a directory; give the rule file");
    }
    if (!Files.exists(file)) {
      throw new UserInputException("--rules " + file + ": no such file");
    }
    RuleBook book;
    try {
      book = RuleBook.load(file);
    } catch (RuleFileException e) {
      throw new UserInputException("rules: " + e.getMessage(), e);
    }
    for (RuleProblem problem : book.problems()) {
      err.println("assay: rule not loaded: " + problem.describe());
    }
    if (!book.problems().isEmpty()) {
      err.printf(
          "assay: %d of %d rules loaded from %s%n",
          book.size(), book.size() + book.problems().size(), file);
    }
    err.flush();
    return Optional.of(new Reloadable<>(file, book, RuleOptions::strict));
  }

  /** A new version replaces the one in force only when every rule of it loads. */
  private static RuleBook strict(Path file) {
    RuleBook book = RuleBook.load(file);
    if (!book.problems().isEmpty()) {
      StringBuilder why = new StringBuilder();
      for (RuleProblem p : book.problems()) {
        why.append(why.isEmpty() ? "" : "; ").append(p.describe());
      }
      throw new IllegalArgumentException(why.toString());
    }
    return book;
  }
}
