package dev.assay.server.intelligence;

import dev.assay.declaration.Declaration;
import dev.assay.ingest.DeclarationReader;
import dev.assay.ingest.Format;
import dev.assay.ingest.IngestListener;
import dev.assay.ingest.RecordError;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the newest stored declarations back with the core's own reader, at most a given number of
 * rows, so that one request's work is bounded however large the table grows.
 */
@Component
public class StoredDeclarations {
  private static final int CHUNK = 2000;

  private final JdbcClient jdbc;

  public StoredDeclarations(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Passes the newest {@code limit} stored declarations (by declaration date) to {@code each}.
   *
   * @return the number of rows read
   */
  public long newest(int limit, Consumer<Declaration> each) {
    ByteArrayOutputStream chunk = new ByteArrayOutputStream(CHUNK * 1024);
    int[] inChunk = {0};
    long[] rows = {0};
    IngestListener listener =
        new IngestListener() {
          @Override
          public void accepted(Declaration declaration) {
            each.accept(declaration);
          }

          @Override
          public void rejected(RecordError error) {
            // Stored declarations were accepted once; one the reader now refuses is left out.
          }
        };
    jdbc.sql(
            "SELECT declaration FROM assessment ORDER BY declared_at DESC, declaration_id"
                + " FETCH FIRST :limit ROWS ONLY")
        .param("limit", limit)
        .query(
            rs -> {
              rows[0]++;
              chunk.writeBytes(rs.getString(1).getBytes(StandardCharsets.UTF_8));
              chunk.write('\n');
              if (++inChunk[0] == CHUNK) {
                DeclarationReader.read(
                    new ByteArrayInputStream(chunk.toByteArray()), Format.NDJSON, listener);
                chunk.reset();
                inChunk[0] = 0;
              }
            });
    if (inChunk[0] > 0) {
      DeclarationReader.read(
          new ByteArrayInputStream(chunk.toByteArray()), Format.NDJSON, listener);
    }
    return rows[0];
  }
}
