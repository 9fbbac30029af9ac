package dev.assay.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.license.Drawdown;
import dev.assay.license.ItemBalance;
import dev.assay.license.License;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A screened declaration as the risk officer reads it: the declaration, every finding with its
 * evidence, legal basis and share of the score, the party matches, the licenses drawn and similar
 * past declarations.
 */
public record DeclarationView(
    RiskQueries.Row row,
    JsonNode declaration,
    double score,
    String laneReason,
    String selection,
    List<FindingView> findings,
    List<FindingView> partyMatches,
    List<LineView> lines,
    List<LicenseDrawn> licenses,
    List<RiskQueries.Row> sameExporter,
    List<RiskQueries.Row> samePattern,
    String patternCode,
    String model) {

  /** One finding: what, why (basis), how sure (evidence) and how much of the score it makes. */
  public record FindingView(
      String code,
      String severity,
      String lineNo,
      String message,
      String basis,
      double contribution,
      double share,
      List<Map.Entry<String, String>> evidence) {}

  /** One goods line of the declaration. */
  public record LineView(
      String lineNo,
      String hsCode,
      String description,
      String quantity,
      String unit,
      String netKg,
      String valueUsd,
      String licenseNo) {}

  /** A license named on the declaration, with what this declaration drew from it. */
  public record LicenseDrawn(
      String licenseNo,
      Optional<License> license,
      List<Drawdown> drawnHere,
      List<ItemBalance> balances) {}

  static List<FindingView> findings(JsonNode result, double score) {
    List<FindingView> out = new ArrayList<>();
    for (JsonNode f : result.path("findings")) {
      double contribution = f.path("contribution").asDouble(0);
      List<Map.Entry<String, String>> evidence = new ArrayList<>();
      Iterator<Map.Entry<String, JsonNode>> fields = f.path("evidence").fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> e = fields.next();
        String value = Json.text(e.getValue());
        if (!value.isEmpty()) {
          evidence.add(Map.entry(e.getKey().replace('_', ' '), value));
        }
      }
      out.add(
          new FindingView(
              f.path("code").asText(),
              f.path("severity").asText(),
              f.path("line_no").isNumber() ? f.path("line_no").asText() : "",
              f.path("message").asText(),
              f.path("basis").asText(),
              contribution,
              score > 0 ? contribution / score : 0,
              evidence));
    }
    return out;
  }

  static List<LineView> lines(JsonNode declaration) {
    List<LineView> out = new ArrayList<>();
    for (JsonNode item : declaration.path("items")) {
      out.add(
          new LineView(
              item.path("line_no").asText(),
              item.path("hs_code").asText(),
              item.path("description").asText(),
              Json.text(item.path("quantity")),
              item.path("unit").asText(),
              Fmt.kg(item.path("net_weight_kg").asDouble()),
              Fmt.usd(item.path("value_usd").asDouble()),
              Json.text(item.path("license_no"))));
    }
    return out;
  }

  static Set<String> licenseNumbers(JsonNode declaration) {
    Set<String> out = new LinkedHashSet<>();
    for (JsonNode item : declaration.path("items")) {
      String no = Json.text(item.path("license_no"));
      if (!no.isBlank()) {
        out.add(no);
      }
    }
    return out;
  }

  public String party(String field) {
    JsonNode p = declaration.path(field);
    if (p.isMissingNode() || p.isNull()) {
      return "";
    }
    String country = Json.text(p.path("country"));
    return Json.text(p.path("name")) + (country.isEmpty() ? "" : " (" + country + ")");
  }

  public String address(String field) {
    return Json.text(declaration.path(field).path("address"));
  }

  public String field(String name) {
    return Json.text(declaration.path(name));
  }

  public String transport() {
    JsonNode t = declaration.path("transport");
    return Json.text(t.path("mode"))
        + ", "
        + Json.text(t.path("container_count"))
        + " container(s), gross "
        + Fmt.kg(t.path("gross_weight_kg").asDouble())
        + " kg";
  }
}
