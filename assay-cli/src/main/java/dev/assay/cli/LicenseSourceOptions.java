package dev.assay.cli;

import dev.assay.license.InMemoryLicenseRepository;
import dev.assay.license.License;
import dev.assay.license.LicenseChange;
import dev.assay.license.LicenseCsvReader;
import dev.assay.license.LicenseImportSummary;
import dev.assay.license.LicenseListener;
import dev.assay.license.LicenseRecordError;
import dev.assay.license.LicenseRepository;
import dev.assay.store.JdbcLicenseRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * Where {@code assay screen} finds licenses: a license file ({@code --licenses FILE}, held in
 * memory for the run) or the database ({@code --db URL}, where drawdowns are recorded).
 */
final class LicenseSourceOptions {
  @Mixin DatabaseOptions db;

  @Option(
      names = "--no-drawdown",
      description =
          "Check lines against their licenses without recording drawdowns (what-if screening).")
  boolean noDrawdown;

  boolean recordsDrawdowns() {
    return !noDrawdown;
  }

  /** The licenses to check against, if any were asked for. */
  Optional<LicenseRepository> repository(Path file, CommandSpec spec) {
    if (file != null && db.url != null) {
      throw new UserInputException("give --licenses FILE or --db URL, not both");
    }
    if (file != null) {
      return Optional.of(fromFile(file, spec));
    }
    if (db.given()) {
      // ASSAY_DB_URL counts as much as --db: the help says it is the default.
      return Optional.of(new JdbcLicenseRepository(db.open()));
    }
    return Optional.empty();
  }

  private static LicenseRepository fromFile(Path file, CommandSpec spec) {
    if (!Files.isRegularFile(file)) {
      throw new UserInputException("--licenses: no such file: " + file);
    }
    InMemoryLicenseRepository licenses = new InMemoryLicenseRepository();
    var err = spec.commandLine().getErr();
    LicenseImportSummary summary =
        LicenseCsvReader.read(
            file,
            new LicenseListener() {
              @Override
              public void accepted(License license) {
                licenses.add(
                    license,
                    new LicenseChange(
                        LicenseChange.Kind.ISSUED, Instant.now(), "screen", "", file.toString()));
              }

              @Override
              public void rejected(LicenseRecordError error) {
                err.println("license rejected: " + error.describe());
              }
            });
    if (summary.licensesRejected() > 0) {
      // A rejected license would make every line citing it look unlicensed: refuse to guess.
      throw new UserInputException(
          "--licenses "
              + file
              + ": "
              + summary.licensesRejected()
              + " licenses rejected (see above); fix the file");
    }
    return licenses;
  }
}
