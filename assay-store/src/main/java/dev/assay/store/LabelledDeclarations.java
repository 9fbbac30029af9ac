package dev.assay.store;

import dev.assay.declaration.Declaration;
import dev.assay.declaration.Label;
import dev.assay.declaration.Outcome;
import dev.assay.ingest.DeclarationReader;
import dev.assay.ingest.Format;
import dev.assay.ingest.IngestListener;
import dev.assay.ingest.RecordError;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

/**
 * The declarations the web application screened, in the order they were declared, each labelled
 * with the inspection outcome its case recorded: CLEAN as clean, IRREGULARITY and SEIZED as
 * violations with their typology. These are the labels {@code assay ml train --db} learns from,
 * read straight from the database.
 */
public final class LabelledDeclarations {
  private LabelledDeclarations() {}

  /** What was read: declarations delivered, of which labelled, and stored rows unreadable. */
  public record Summary(long declarations, long labelled, long unreadable) {}

  /**
   * Delivers every stored declaration to the listener, labelled where an outcome is recorded; a
   * stored row that cannot be read back is reported to the listener as a rejected record.
   */
  public static Summary read(Database database, IngestListener listener) {
    return database.inTransaction(
        "reading the screened declarations and their outcomes",
        c -> {
          long[] counts = new long[3];
          try (PreparedStatement select =
              c.prepareStatement(
                  "SELECT a.declaration, k.outcome, k.typology FROM assessment a LEFT JOIN"
                      + " case_file k ON k.declaration_id = a.declaration_id ORDER BY"
                      + " a.declared_at, a.declaration_id")) {
            select.setFetchSize(500);
            try (ResultSet rs = select.executeQuery()) {
              while (rs.next()) {
                String json = rs.getString(1);
                String outcome = rs.getString(2);
                Optional<Label> label =
                    outcome == null
                        ? Optional.empty()
                        : Optional.of(
                            outcome.equals("CLEAN")
                                ? new Label(Outcome.CLEAN, Optional.empty())
                                : new Label(
                                    Outcome.VIOLATION, Optional.ofNullable(rs.getString(3))));
                DeclarationReader.read(
                    new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                    Format.JSON,
                    new IngestListener() {
                      @Override
                      public void accepted(Declaration d) {
                        counts[0]++;
                        if (label.isPresent()) {
                          counts[1]++;
                        }
                        listener.accepted(labelled(d, label));
                      }

                      @Override
                      public void rejected(RecordError error) {
                        counts[2]++;
                        listener.rejected(error);
                      }
                    });
              }
            }
          }
          return new Summary(counts[0], counts[1], counts[2]);
        });
  }

  private static Declaration labelled(Declaration d, Optional<Label> label) {
    return d.withLabel(label);
  }
}
