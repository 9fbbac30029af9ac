package dev.assay.server.web;

import dev.assay.license.Drawdown;
import dev.assay.license.LicenseRepository;
import dev.assay.server.security.AssayUser;
import dev.assay.server.security.Role;
import dev.assay.store.Database;
import dev.assay.store.JdbcLicenseRepository;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The risk officer's pages: the alert queue of an office and day, and a declaration with all that
 * was found. /risk/** is open to risk officers and administrators (SecurityConfig); here an officer
 * is further kept to the customs offices they work for.
 */
@Controller
public class RiskPages {
  private final RiskQueries queries;
  private final LicenseRepository licenses;

  public RiskPages(RiskQueries queries, Database database) {
    this.queries = queries;
    // Read-only use (find, drawdowns): the licensing service keeps the writes.
    this.licenses = new JdbcLicenseRepository(database);
  }

  /** The offices a user may see; null means every office (administrators). */
  static Collection<String> scope(AssayUser user) {
    return user.role() == Role.RISK_OFFICER ? user.offices() : null;
  }

  static void checkOffice(AssayUser user, String office) {
    Collection<String> scope = scope(user);
    if (scope != null && !scope.contains(office)) {
      throw new ResponseStatusException(
          HttpStatus.FORBIDDEN, "office " + office + " is not one of yours");
    }
  }

  /** The queue's state, for the template. */
  public record Queue(
      List<String> offices,
      String office,
      LocalDate day,
      boolean allLanes,
      long[] lanes,
      Long redCapacity,
      List<RiskQueries.Row> rows) {

    public long total() {
      return lanes[0] + lanes[1] + lanes[2] + lanes[3];
    }

    public String previousDay() {
      return day == null ? "" : day.minusDays(1).toString();
    }

    public String nextDay() {
      return day == null ? "" : day.plusDays(1).toString();
    }
  }

  @GetMapping("/risk/alerts")
  String alerts(
      @AuthenticationPrincipal AssayUser user,
      CsrfToken csrf,
      @RequestParam(name = "office", required = false) String office,
      @RequestParam(name = "day", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate day,
      @RequestParam(name = "all", defaultValue = "false") boolean all,
      Model model) {
    Collection<String> scope = scope(user);
    List<String> offices = new ArrayList<>(queries.offices(scope));
    if (scope != null) {
      // An officer's own offices are listed even before anything was screened there.
      scope.stream().filter(o -> !offices.contains(o)).sorted().forEach(offices::add);
    }
    String chosen =
        office != null && !office.isBlank()
            ? office
            : offices.isEmpty() ? null : offices.getFirst();
    Queue queue;
    if (chosen == null) {
      queue = new Queue(offices, null, day, all, new long[4], null, List.of());
    } else {
      checkOffice(user, chosen);
      LocalDate d = day != null ? day : queries.latestDay(chosen).orElse(LocalDate.now());
      queue =
          new Queue(
              offices,
              chosen,
              d,
              all,
              queries.laneCounts(chosen, d),
              queries.redCapacity(chosen, d).orElse(null),
              queries.queue(chosen, d, all));
    }
    model.addAttribute("shell", new Shell(user, csrf, "Alerts", "/risk/alerts"));
    model.addAttribute("queue", queue);
    return "risk/alerts";
  }

  @GetMapping("/risk/declarations/{id}")
  String declaration(
      @AuthenticationPrincipal AssayUser user,
      CsrfToken csrf,
      @PathVariable("id") String id,
      Model model) {
    RiskQueries.Stored stored =
        queries
            .find(id)
            .orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no declaration " + id));
    checkOffice(user, stored.row().office());
    model.addAttribute("shell", new Shell(user, csrf, id, "/risk/alerts"));
    model.addAttribute("view", view(stored));
    return "risk/declaration";
  }

  DeclarationView view(RiskQueries.Stored stored) {
    RiskQueries.Row row = stored.row();
    double score = stored.result().path("score").asDouble(row.score());
    List<DeclarationView.FindingView> findings = DeclarationView.findings(stored.result(), score);
    List<DeclarationView.FindingView> matches =
        findings.stream()
            .filter(f -> f.code().equals("RESTRICTED_PARTY") || f.code().equals("NETWORK_RISK"))
            .toList();
    List<DeclarationView.LicenseDrawn> drawn = new ArrayList<>();
    for (String no : DeclarationView.licenseNumbers(stored.declaration())) {
      var license = licenses.find(no);
      List<Drawdown> here =
          license.isEmpty()
              ? List.of()
              : licenses.drawdowns(no).stream()
                  .filter(d -> d.declarationId().equals(row.declarationId()))
                  .toList();
      drawn.add(
          new DeclarationView.LicenseDrawn(
              no, license, here, license.isEmpty() ? List.of() : licenses.balances(no)));
    }
    var selection = stored.result().path("selection");
    String reason = selection.path("reason").asText("SCORE");
    String selectionText =
        selection.isMissingNode()
            ? ""
            : "office "
                + selection.path("office").asText()
                + ": "
                + selection.path("red_used").asText()
                + " of "
                + selection.path("red_capacity").asText()
                + " red places taken";
    var model = stored.result().path("model");
    String modelText =
        model.isMissingNode()
            ? ""
            : "model "
                + model.path("version").asText()
                + ": probability "
                + Fmt.score(model.path("probability").asDouble())
                + ", contributes "
                + Fmt.score(model.path("contribution").asDouble());
    String patternCode =
        findings.stream().map(DeclarationView.FindingView::code).findFirst().orElse(null);
    List<RiskQueries.Row> pattern =
        patternCode == null
            ? List.of()
            : queries.samePattern(
                row.destination(), patternCode, row.exporterId(), row.declaredAt(), 8);
    return new DeclarationView(
        row,
        stored.declaration(),
        score,
        reason,
        selectionText,
        findings,
        matches,
        DeclarationView.lines(stored.declaration()),
        drawn,
        queries.sameExporter(row.exporterId(), row.declarationId(), row.declaredAt(), 8),
        pattern,
        patternCode,
        modelText);
  }
}
