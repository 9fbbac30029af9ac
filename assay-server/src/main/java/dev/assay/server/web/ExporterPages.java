package dev.assay.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.controllist.Determination;
import dev.assay.controllist.DeterminationQuery;
import dev.assay.declaration.CountryCode;
import dev.assay.declaration.EndUse;
import dev.assay.declaration.HsCode;
import dev.assay.server.security.AssayUser;
import dev.assay.server.service.ScreeningEngine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The exporter's own declarations, with the control-list determination of each goods line as of its
 * date (does it need a license, and under which measure) and where clearance stands. The risk score
 * and findings are the authority's and are not shown to the exporter.
 */
@Controller
public class ExporterPages {
  static final int PAGE = 100;

  private final JdbcClient jdbc;
  private final ScreeningEngine engine;

  public ExporterPages(JdbcClient jdbc, ScreeningEngine engine) {
    this.jdbc = jdbc;
    this.engine = engine;
  }

  /** One goods line and its determination. */
  public record Line(
      String hsCode, String description, String license, Determination determination) {}

  /** One declaration of the exporter. */
  public record Row(
      String id,
      LocalDate declaredAt,
      String office,
      String destination,
      BigDecimal valueUsd,
      String status,
      List<Line> lines) {}

  @GetMapping("/exporter/declarations")
  String declarations(@AuthenticationPrincipal AssayUser user, CsrfToken csrf, Model model) {
    String own = LicensingPages.own(user).orElseThrow();
    List<Row> rows =
        jdbc.sql(
                "SELECT declaration_id, declared_at, customs_office, destination, value_usd,"
                    + " status, declaration FROM assessment WHERE exporter_id = ? ORDER BY"
                    + " declared_at DESC, declaration_id FETCH FIRST "
                    + PAGE
                    + " ROWS ONLY")
            .param(own)
            .query(
                (rs, n) ->
                    new Row(
                        rs.getString(1),
                        rs.getObject(2, LocalDate.class),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getBigDecimal(5),
                        rs.getString(6),
                        lines(Json.read(rs.getString(7)), rs.getObject(2, LocalDate.class))))
            .list();
    model.addAttribute("shell", new Shell(user, csrf, "My declarations", "/exporter/declarations"));
    model.addAttribute("rows", rows);
    return "exporter/declarations";
  }

  private List<Line> lines(JsonNode declaration, LocalDate date) {
    List<Line> out = new ArrayList<>();
    CountryCode destination = CountryCode.parse(declaration.path("destination_country").asText());
    JsonNode endUser = declaration.path("end_user");
    CountryCode endUserCountry =
        endUser.isMissingNode() ? null : CountryCode.parse(endUser.path("country").asText());
    EndUse endUse =
        declaration.has("end_use")
            ? EndUse.valueOf(declaration.path("end_use").asText())
            : EndUse.UNSPECIFIED;
    for (JsonNode item : declaration.path("items")) {
      String hs = item.path("hs_code").asText();
      String description = item.path("description").asText();
      out.add(
          new Line(
              hs,
              description,
              Json.text(item.path("license_no")),
              engine
                  .controlList()
                  .determine(
                      new DeterminationQuery(
                          HsCode.parse(hs),
                          description,
                          destination,
                          endUserCountry,
                          endUse,
                          date))));
    }
    return out;
  }
}
