package dev.assay.ingest;

import dev.assay.declaration.UnifiedSocialCreditCode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds contract CSV text for tests: a valid row by default, with chosen fields changed. */
final class Csv {
  static final String EXPORTER =
      UnifiedSocialCreditCode.withCheckCharacter("91431300MA4L2K7P3").value();

  static final List<String> COLUMNS =
      List.of(
          "declaration_id",
          "line_no",
          "declared_at",
          "customs_office",
          "exporter_id",
          "exporter_name",
          "consignee_name",
          "consignee_country",
          "consignee_address",
          "end_user_name",
          "end_user_country",
          "destination_country",
          "transit_countries",
          "transport_mode",
          "container_count",
          "gross_weight_kg",
          "hs_code",
          "description",
          "quantity",
          "unit",
          "net_weight_kg",
          "value_usd",
          "license_no");

  static final String HEADER = String.join(",", COLUMNS) + "\n";

  private Csv() {}

  /** A valid row of declaration {@code id}, line {@code lineNo}, with {@code changes} applied. */
  static String row(String id, int lineNo, String... changes) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("declaration_id", id);
    values.put("line_no", String.valueOf(lineNo));
    values.put("declared_at", "2025-01-08");
    values.put("customs_office", "4900");
    values.put("exporter_id", EXPORTER);
    values.put("exporter_name", "Hunan Antimony Trading Co. Ltd.");
    values.put("consignee_name", "Metallhandel Duisburg GmbH");
    values.put("consignee_country", "DE");
    values.put("consignee_address", "\"Hafenstrasse 12, Duisburg\"");
    values.put("end_user_name", "");
    values.put("end_user_country", "");
    values.put("destination_country", "DE");
    values.put("transit_countries", "");
    values.put("transport_mode", "SEA");
    values.put("container_count", "1");
    values.put("gross_weight_kg", "1050");
    values.put("hs_code", "8110101000");
    values.put("description", "antimony ingots");
    values.put("quantity", "1000");
    values.put("unit", "kg");
    values.put("net_weight_kg", "1000");
    values.put("value_usd", "52000");
    values.put("license_no", "");
    for (int i = 0; i < changes.length; i += 2) {
      if (!values.containsKey(changes[i])) {
        throw new IllegalArgumentException("no column " + changes[i]);
      }
      values.put(changes[i], changes[i + 1]);
    }
    return String.join(",", values.values()) + "\n";
  }
}
