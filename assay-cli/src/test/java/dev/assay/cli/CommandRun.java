package dev.assay.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs an {@code assay} command line in-process and keeps what it printed. */
record CommandRun(int exitCode, String out, String err) {

  static CommandRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    // The tree for these arguments, as the launcher builds it.
    var cli = Assay.commandLine(args);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    return new CommandRun(code, out.toString(), err.toString());
  }
}
