package dev.assay.store;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Parameter and column conversions both drivers agree on. */
final class Jdbc {
  private Jdbc() {}

  static void set(PreparedStatement statement, int index, Instant at) throws SQLException {
    statement.setObject(index, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
  }

  static Instant instant(ResultSet rows, String column) throws SQLException {
    return rows.getObject(column, OffsetDateTime.class).toInstant();
  }

  static LocalDate date(ResultSet rows, String column) throws SQLException {
    return rows.getObject(column, LocalDate.class);
  }

  static BigDecimal decimal(ResultSet rows, String column) throws SQLException {
    return rows.getBigDecimal(column);
  }

  /** Binds each value in order, by its type. */
  static PreparedStatement bind(PreparedStatement statement, Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      Object value = values[i];
      if (value instanceof Instant at) {
        set(statement, i + 1, at);
      } else if (value instanceof Enum<?> constant) {
        statement.setString(i + 1, constant.name());
      } else {
        statement.setObject(i + 1, value);
      }
    }
    return statement;
  }
}
