package dev.assay.cli;

import dev.assay.store.AuditChain;
import dev.assay.store.Database;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code assay audit}: the web application's audit log. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = "Checks the audit log that the web application (assay serve) keeps.",
    subcommands = {AuditCommand.Verify.class})
final class AuditCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  /** {@code assay audit verify [--db URL]}. */
  @Command(
      name = "verify",
      mixinStandardHelpOptions = true,
      description = {
        "Walks the audit log's hash chain and reports the first broken link: a row altered,"
            + " inserted or deleted by hand breaks the chain from there on."
      },
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {
        "0:the chain is intact",
        "2:usage error",
        "3:the database cannot be opened",
        "6:the chain is broken (the first broken row is named)"
      })
  static final class Verify implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin DatabaseOptions db;

    @Override
    public Integer call() {
      Database database = db.open();
      AuditChain.Verification result = AuditChain.verify(database);
      PrintWriter out = spec.commandLine().getOut();
      if (result.intact()) {
        out.printf(
            "audit log intact: %,d entries verified in %s%n", result.rowsChecked(), database.url());
        out.flush();
        return ExitCodes.OK;
      }
      AuditChain.Break broken = result.firstBreak().orElseThrow();
      PrintWriter err = spec.commandLine().getErr();
      err.printf(
          "audit log BROKEN at entry %d: %s (%,d entries before it verified)%n",
          broken.seq(), broken.reason(), result.rowsChecked());
      err.flush();
      return ExitCodes.AUDIT_BROKEN;
    }
  }
}
