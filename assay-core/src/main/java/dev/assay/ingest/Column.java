package dev.assay.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * The fields of the declaration import contract, in the contract's column order, with the path the
 * same field has in the nested JSON form. Declaration-level fields repeat on every CSV row of a
 * declaration and must agree; line-level fields describe one goods line.
 */
enum Column {
  DECLARATION_ID("declaration_id", "declaration_id", Level.DECLARATION, Presence.REQUIRED),
  LINE_NO("line_no", "line_no", Level.LINE, Presence.REQUIRED),
  DECLARED_AT("declared_at", "declared_at", Level.DECLARATION, Presence.REQUIRED),
  CUSTOMS_OFFICE("customs_office", "customs_office", Level.DECLARATION, Presence.REQUIRED),
  EXPORTER_ID("exporter_id", "exporter.id", Level.DECLARATION, Presence.REQUIRED),
  EXPORTER_NAME("exporter_name", "exporter.name", Level.DECLARATION, Presence.REQUIRED),
  CONSIGNEE_NAME("consignee_name", "consignee.name", Level.DECLARATION, Presence.REQUIRED),
  CONSIGNEE_COUNTRY("consignee_country", "consignee.country", Level.DECLARATION, Presence.REQUIRED),
  CONSIGNEE_ADDRESS("consignee_address", "consignee.address", Level.DECLARATION, Presence.OPTIONAL),
  END_USER_NAME("end_user_name", "end_user.name", Level.DECLARATION, Presence.OPTIONAL),
  END_USER_COUNTRY("end_user_country", "end_user.country", Level.DECLARATION, Presence.OPTIONAL),
  DESTINATION_COUNTRY(
      "destination_country", "destination_country", Level.DECLARATION, Presence.REQUIRED),
  TRANSIT_COUNTRIES("transit_countries", "transit_countries", Level.DECLARATION, Presence.OPTIONAL),
  TRANSPORT_MODE("transport_mode", "transport.mode", Level.DECLARATION, Presence.REQUIRED),
  CONTAINER_COUNT(
      "container_count", "transport.container_count", Level.DECLARATION, Presence.OPTIONAL),
  GROSS_WEIGHT_KG(
      "gross_weight_kg", "transport.gross_weight_kg", Level.DECLARATION, Presence.REQUIRED),
  HS_CODE("hs_code", "hs_code", Level.LINE, Presence.REQUIRED),
  DESCRIPTION("description", "description", Level.LINE, Presence.REQUIRED),
  QUANTITY("quantity", "quantity", Level.LINE, Presence.REQUIRED),
  UNIT("unit", "unit", Level.LINE, Presence.REQUIRED),
  NET_WEIGHT_KG("net_weight_kg", "net_weight_kg", Level.LINE, Presence.REQUIRED),
  VALUE_USD("value_usd", "value_usd", Level.LINE, Presence.REQUIRED),
  LICENSE_NO("license_no", "license_no", Level.LINE, Presence.OPTIONAL),
  // Extensions of the contract: optional columns that older files simply do not have.
  END_USER_ADDRESS("end_user_address", "end_user.address", Level.DECLARATION, Presence.OPTIONAL),
  END_USE("end_use", "end_use", Level.DECLARATION, Presence.OPTIONAL),
  // Label columns: used by training and evaluation, ignored by screening.
  OUTCOME("outcome", "outcome", Level.DECLARATION, Presence.OPTIONAL),
  TYPOLOGY("typology", "typology", Level.DECLARATION, Presence.OPTIONAL);

  /** Whether a field belongs to the declaration as a whole or to one goods line. */
  enum Level {
    DECLARATION,
    LINE
  }

  /**
   * Whether a value must be given. A column whose value may be empty may also be left out of the
   * CSV header altogether.
   */
  enum Presence {
    REQUIRED,
    OPTIONAL
  }

  private final String csvName;
  private final String jsonPath;
  private final Level level;
  private final Presence presence;

  Column(String csvName, String jsonPath, Level level, Presence presence) {
    this.csvName = csvName;
    this.jsonPath = jsonPath;
    this.level = level;
    this.presence = presence;
  }

  String csvName() {
    return csvName;
  }

  /** The path within a declaration object, or within an item for line-level fields. */
  String jsonPath() {
    return jsonPath;
  }

  Level level() {
    return level;
  }

  boolean isRequired() {
    return presence == Presence.REQUIRED;
  }

  boolean isLabel() {
    return this == OUTCOME || this == TYPOLOGY;
  }

  /** The declaration-level fields other than the id, which later rows must repeat unchanged. */
  static List<Column> sharedByRows() {
    List<Column> shared = new ArrayList<>();
    for (Column column : values()) {
      if (column.level == Level.DECLARATION && column != DECLARATION_ID) {
        shared.add(column);
      }
    }
    return List.copyOf(shared);
  }
}
