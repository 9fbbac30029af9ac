package dev.assay.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Opens connections; tests put a failing one in to prove that a crash leaves nothing half done. */
@FunctionalInterface
interface ConnectionSource {
  Connection open() throws SQLException;
}
