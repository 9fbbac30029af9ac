package dev.assay.cli;

import dev.assay.declaration.CountryCode;
import dev.assay.declaration.Party;
import dev.assay.license.Drawdown;
import dev.assay.license.ItemBalance;
import dev.assay.license.License;
import dev.assay.license.LicenseAmendment;
import dev.assay.license.LicenseChange;
import dev.assay.license.LicenseCsvReader;
import dev.assay.license.LicenseImportSummary;
import dev.assay.license.LicenseItem;
import dev.assay.license.LicenseListener;
import dev.assay.license.LicenseRecordError;
import dev.assay.license.LicenseRepository;
import dev.assay.license.LicenseStatus;
import dev.assay.store.JdbcLicenseRepository;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code assay licenses}: the licenses in the database, their history and their drawdown. */
@Command(
    name = "licenses",
    mixinStandardHelpOptions = true,
    description = {
      "Dual-use export licenses kept in the database (embedded H2 by default, or --db URL):"
          + " import them from a license CSV, list them, show one with its drawdown and history,"
          + " and record amendments, suspensions and revocations."
    },
    subcommands = {
      LicensesCommand.Import.class,
      LicensesCommand.ListLicenses.class,
      LicensesCommand.Show.class,
      LicensesCommand.Suspend.class,
      LicensesCommand.Reinstate.class,
      LicensesCommand.Revoke.class,
      LicensesCommand.Amend.class
    })
final class LicensesCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      description = {
        "Imports licenses from a license CSV (docs/license-format.md). Licenses are stored up to"
            + " 500 per transaction, each whole or not at all; importing the same file again"
            + " changes nothing. Bad records are reported on stderr and the good ones still"
            + " imported."
      })
  static final class Import implements Callable<Integer> {
    /** Licenses stored per transaction: a few commits for a whole file. */
    private static final int IMPORT_BATCH = 500;

    @Spec CommandSpec spec;
    @Mixin DatabaseOptions db;

    @Parameters(paramLabel = "FILE", description = "The license CSV.")
    Path file;

    @Option(names = "--actor", description = "Who imports, for the history (default: import).")
    String actor = "import";

    @Override
    public Integer call() {
      if (!Files.isRegularFile(file)) {
        throw new UserInputException("no such file: " + file);
      }
      JdbcLicenseRepository licenses = new JdbcLicenseRepository(db.open());
      PrintWriter err = spec.commandLine().getErr();
      int[] counts = new int[3]; // added, unchanged, refused
      List<License> batch = new ArrayList<>(IMPORT_BATCH);
      Runnable store =
          () -> {
            for (var outcome :
                licenses.addAll(
                    batch,
                    license ->
                        new LicenseChange(
                            LicenseChange.Kind.ISSUED,
                            Instant.now(),
                            actor,
                            "",
                            "imported from " + file.getFileName()))) {
              if (outcome.refusal() != null) {
                counts[2]++;
                err.println("refused: " + outcome.refusal());
              } else {
                counts[outcome.added() == LicenseRepository.Added.ADDED ? 0 : 1]++;
              }
            }
            batch.clear();
          };
      LicenseImportSummary summary =
          LicenseCsvReader.read(
              file,
              new LicenseListener() {
                @Override
                public void accepted(License license) {
                  batch.add(license);
                  if (batch.size() == IMPORT_BATCH) {
                    store.run();
                  }
                }

                @Override
                public void rejected(LicenseRecordError error) {
                  err.println("rejected: " + error.describe());
                }
              });
      store.run();
      err.printf(
          Locale.ROOT,
          "Imported %d licenses (%d new, %d unchanged); %d refused, %d rejected with %d errors%n",
          counts[0] + counts[1],
          counts[0],
          counts[1],
          counts[2],
          summary.licensesRejected(),
          summary.errors());
      err.flush();
      return counts[2] > 0 || summary.licensesRejected() > 0 ? ExitCodes.PARTIAL : ExitCodes.OK;
    }
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "Lists the licenses: number, type, status, validity, exporter and drawdown.")
  static final class ListLicenses implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DatabaseOptions db;

    @Option(names = "--exporter", paramLabel = "CODE", description = "Only this exporter's.")
    String exporter;

    @Option(
        names = "--status",
        paramLabel = "STATUS",
        description =
            "Only licenses in this status: ${COMPLETION-CANDIDATES}. VALID means usable on the"
                + " day: not expired, not before its first day.")
    LicenseStatus status;

    @Option(
        names = "--on",
        paramLabel = "DATE",
        description =
            "Show each license's status as of this day (default: today): a valid license past"
                + " its last day shows EXPIRED, one before its first day NOT-YET.")
    LocalDate on;

    @Override
    public Integer call() {
      LicenseRepository licenses = new JdbcLicenseRepository(db.open());
      PrintWriter out = spec.commandLine().getOut();
      out.printf(
          Locale.ROOT,
          "%-16s %-7s %-9s %-10s %-10s %-18s %s%n",
          "LICENSE",
          "TYPE",
          "STATUS",
          "FROM",
          "UNTIL",
          "EXPORTER",
          "DRAWN (quantity, by item)");
      LocalDate today = on == null ? LocalDate.now() : on;
      for (License license : licenses.list()) {
        if ((exporter != null && !license.exporter().code().value().equalsIgnoreCase(exporter))
            || (status != null && license.status() != status)
            || (status == LicenseStatus.VALID && !license.isInValidity(today))) {
          continue;
        }
        StringBuilder drawn = new StringBuilder();
        for (ItemBalance b : licenses.balances(license.number())) {
          drawn
              .append(drawn.isEmpty() ? "" : "; ")
              .append(b.itemNo())
              .append(": ")
              .append(plain(b.drawnQuantity()))
              .append('/')
              .append(plain(b.limitQuantity()))
              .append(' ')
              .append(b.unit());
        }
        out.printf(
            Locale.ROOT,
            "%-16s %-7s %-9s %-10s %-10s %-18s %s%n",
            license.number(),
            license.type(),
            statusOn(license, today),
            license.validFrom(),
            license.validUntil(),
            license.exporter().code(),
            drawn);
      }
      out.flush();
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description =
          "Shows one license: its terms, each item's limits, drawn and left, its drawdowns and its history.")
  static final class Show implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DatabaseOptions db;

    @Parameters(paramLabel = "LICENSE", description = "The license number.")
    String number;

    @Override
    public Integer call() {
      LicenseRepository licenses = new JdbcLicenseRepository(db.open());
      License l =
          licenses.find(number).orElseThrow(() -> new UserInputException("no license " + number));
      PrintWriter out = spec.commandLine().getOut();
      out.printf("License %s (%s), %s%n", l.number(), l.type(), statusOn(l, LocalDate.now()));
      out.printf("  issued %s, valid %s to %s%n", l.issuedAt(), l.validFrom(), l.validUntil());
      out.printf("  exporter    %s %s%n", l.exporter().code(), l.exporter().name());
      out.printf("  consignee   %s (%s)%n", l.consignee().name(), l.consignee().country());
      out.printf("  end user    %s (%s)%n", l.endUser().name(), l.endUser().country());
      out.printf("  end use     %s%n", l.endUse().isEmpty() ? "(not stated)" : l.endUse());
      out.printf(
          "  destinations %s%n",
          String.join(";", l.destinations().stream().map(CountryCode::value).toList()));
      out.println("Items (licensed / drawn / left):");
      List<ItemBalance> balances = licenses.balances(number);
      for (LicenseItem item : l.items()) {
        ItemBalance b =
            balances.stream().filter(x -> x.itemNo() == item.itemNo()).findFirst().orElseThrow();
        out.printf(
            Locale.ROOT,
            "  %d  %s %s%s%n     quantity %s / %s / %s %s%n     value USD %s / %s / %s%n",
            item.itemNo(),
            item.hsCode(),
            item.description(),
            item.controlCode().map(c -> " [" + c + "]").orElse(""),
            plain(b.limitQuantity()),
            plain(b.drawnQuantity()),
            plain(b.remainingQuantity()),
            item.unit(),
            plain(b.limitValueUsd()),
            plain(b.drawnValueUsd()),
            plain(b.remainingValueUsd()));
      }
      List<Drawdown> drawdowns = licenses.drawdowns(number);
      out.println("Drawdowns: " + (drawdowns.isEmpty() ? "none" : ""));
      for (Drawdown d : drawdowns) {
        out.printf(
            "  %s line %d, declared %s: item %d, %s, USD %s%n",
            d.declarationId(),
            d.lineNo(),
            d.declaredAt(),
            d.itemNo(),
            plain(d.quantity()),
            plain(d.valueUsd()));
      }
      out.println("History:");
      for (LicenseChange c : licenses.history(number)) {
        out.printf(
            "  %s %-10s by %s%s%s%n",
            c.at(),
            c.kind(),
            c.actor(),
            c.reason().isEmpty() ? "" : ": " + c.reason(),
            c.details().isEmpty() ? "" : " (" + c.details() + ")");
      }
      out.flush();
      return ExitCodes.OK;
    }
  }

  /** The options every recorded change of a license takes. */
  static class ChangeOptions {
    @Spec CommandSpec spec;
    @Mixin DatabaseOptions db;

    @Parameters(paramLabel = "LICENSE", description = "The license number.")
    String number;

    @Option(
        names = "--actor",
        required = true,
        description = "Who decides (officer), for the history.")
    String actor;

    @Option(names = "--reason", required = true, description = "Why, for the history.")
    String reason;

    int change(LicenseStatus to) {
      License changed =
          new JdbcLicenseRepository(db.open())
              .update(
                  number,
                  license -> license.withStatus(to),
                  new LicenseChange(
                      LicenseChange.Kind.toStatus(to), Instant.now(), actor, reason, ""));
      spec.commandLine().getOut().println("License " + number + " is now " + changed.status());
      spec.commandLine().getOut().flush();
      return ExitCodes.OK;
    }
  }

  @Command(name = "suspend", mixinStandardHelpOptions = true, description = "Suspends a license.")
  static final class Suspend extends ChangeOptions implements Callable<Integer> {
    @Override
    public Integer call() {
      return change(LicenseStatus.SUSPENDED);
    }
  }

  @Command(name = "reinstate", mixinStandardHelpOptions = true, description = "Lifts a suspension.")
  static final class Reinstate extends ChangeOptions implements Callable<Integer> {
    @Override
    public Integer call() {
      return change(LicenseStatus.VALID);
    }
  }

  @Command(
      name = "revoke",
      mixinStandardHelpOptions = true,
      description = "Revokes a license for good.")
  static final class Revoke extends ChangeOptions implements Callable<Integer> {
    @Override
    public Integer call() {
      return change(LicenseStatus.REVOKED);
    }
  }

  @Command(
      name = "amend",
      mixinStandardHelpOptions = true,
      description = {
        "Amends the non-key elements of a license: validity, consignee, item limits. Items,"
            + " destinations, end user and end use are key elements and need a new license"
            + " (Dual-Use Regulations Art. 18)."
      })
  static final class Amend extends ChangeOptions implements Callable<Integer> {
    @Option(names = "--valid-until", paramLabel = "DATE", description = "New last day of validity.")
    LocalDate validUntil;

    @Option(names = "--consignee", paramLabel = "NAME", description = "New consignee name.")
    String consignee;

    @Option(
        names = "--consignee-country",
        paramLabel = "CC",
        description = "New consignee country (with --consignee).")
    String consigneeCountry;

    @Option(
        names = "--item-limit",
        paramLabel = "ITEM=QUANTITY/VALUE",
        description = "New limits of an item, such as 1=25000/1250000; repeatable.")
    List<String> itemLimits = List.of();

    @Override
    public Integer call() {
      Map<Integer, LicenseAmendment.Limits> limits = new HashMap<>();
      for (String text : itemLimits) {
        String[] parts = text.split("[=/]");
        try {
          limits.put(
              Integer.parseInt(parts[0].strip()),
              new LicenseAmendment.Limits(
                  new BigDecimal(parts[1].strip()), new BigDecimal(parts[2].strip())));
        } catch (RuntimeException e) {
          throw new UserInputException(
              "--item-limit " + text + ": expected ITEM=QUANTITY/VALUE, such as 1=25000/1250000");
        }
      }
      Optional<Party> newConsignee = Optional.empty();
      if (consignee != null) {
        if (consigneeCountry == null) {
          throw new UserInputException("--consignee needs --consignee-country");
        }
        newConsignee = Optional.of(new Party(consignee, CountryCode.parse(consigneeCountry), ""));
      }
      LicenseAmendment amendment =
          new LicenseAmendment(Optional.ofNullable(validUntil), newConsignee, limits);
      new JdbcLicenseRepository(db.open())
          .update(
              number,
              license -> license.amend(amendment),
              new LicenseChange(
                  LicenseChange.Kind.AMENDED, Instant.now(), actor, reason, amendment.describe()));
      spec.commandLine()
          .getOut()
          .println("License " + number + " amended: " + amendment.describe());
      spec.commandLine().getOut().flush();
      return ExitCodes.OK;
    }
  }

  static String plain(BigDecimal amount) {
    return amount.stripTrailingZeros().toPlainString();
  }

  /**
   * A license's status as of a day: a valid license is EXPIRED after its last day and NOT-YET
   * before its first, which its recorded status (set only by the authority) does not say.
   */
  static String statusOn(License license, LocalDate day) {
    if (license.status() != LicenseStatus.VALID) {
      return license.status().name();
    }
    if (day.isAfter(license.validUntil())) {
      return "EXPIRED";
    }
    if (day.isBefore(license.validFrom())) {
      return "NOT-YET";
    }
    return "VALID";
  }
}
