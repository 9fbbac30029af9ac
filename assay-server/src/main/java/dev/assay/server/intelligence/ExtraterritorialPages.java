package dev.assay.server.intelligence;

import dev.assay.declaration.CountryCode;
import dev.assay.declaration.EndUse;
import dev.assay.declaration.HsCode;
import dev.assay.declaration.InvalidValueException;
import dev.assay.intelligence.extraterritorial.BomReader;
import dev.assay.intelligence.extraterritorial.ExtraterritorialDetermination;
import dev.assay.intelligence.extraterritorial.ExtraterritorialDeterminer;
import dev.assay.intelligence.extraterritorial.ExtraterritorialRules;
import dev.assay.server.security.AssayUser;
import dev.assay.server.service.ScreeningEngine;
import dev.assay.server.web.Shell;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The analyst's extraterritorial determination (issue 14, 2025 No. 61 style): does an item made
 * abroad need a Chinese licence for its Chinese-origin listed content or technology? The core's
 * {@link ExtraterritorialDeterminer} decides, against the list in force; this class reads the form.
 */
@Controller
public class ExtraterritorialPages {
  /** A bill of materials is a few hundred lines at most. */
  static final int MAX_BOM_CHARS = 200_000;

  /** The form's starting example: examples/intelligence/bom-magnet-assembly.csv, shortened. */
  static final String EXAMPLE_BOM =
      """
      component,hs_code,description,origin,value_usd,technology
      magnet segments,8505111000,sintered NdFeB magnet segments containing dysprosium,DE,300.00,
      dysprosium oxide,2846901993,dysprosium oxide 99.5% for grain-boundary diffusion,CN,2.40,
      """;

  private final ScreeningEngine engine;

  public ExtraterritorialPages(ScreeningEngine engine) {
    this.engine = engine;
  }

  /** What the form holds, echoed back with the answer. */
  public record Form(
      String bom,
      String itemValue,
      String itemHs,
      String description,
      String madeIn,
      String endUse,
      String date) {}

  /** The page's content: the form, and the determination or what was wrong. */
  public record View(Form form, ExtraterritorialDetermination determination, List<String> errors) {}

  @GetMapping("/analyst/intelligence/extraterritorial")
  String page(@AuthenticationPrincipal AssayUser user, CsrfToken csrf, Model model) {
    Form form =
        new Form(
            EXAMPLE_BOM,
            "1200",
            "8505111000",
            "NdFeB magnets containing dysprosium",
            "DE",
            "CIVIL",
            "");
    return render(user, csrf, new View(form, null, List.of()), model);
  }

  @PostMapping("/analyst/intelligence/extraterritorial")
  String determine(
      @AuthenticationPrincipal AssayUser user,
      CsrfToken csrf,
      @RequestParam("bom") String bom,
      @RequestParam("itemValue") String itemValue,
      @RequestParam(name = "itemHs", defaultValue = "") String itemHs,
      @RequestParam(name = "description", defaultValue = "") String description,
      @RequestParam("madeIn") String madeIn,
      @RequestParam(name = "endUse", defaultValue = "UNSPECIFIED") String endUse,
      @RequestParam(name = "date", defaultValue = "") String date,
      Model model) {
    Form form = new Form(bom, itemValue, itemHs, description, madeIn, endUse, date);
    if (bom.length() > MAX_BOM_CHARS) {
      return render(
          user, csrf, new View(form, null, List.of("bom: longer than 200,000 characters")), model);
    }
    try {
      double value = Double.parseDouble(itemValue.strip());
      if (!(value > 0) || Double.isInfinite(value)) {
        throw new IllegalArgumentException("itemValue: must be a positive number of USD");
      }
      BomReader.Result read = BomReader.read(new StringReader(bom));
      ExtraterritorialDetermination d =
          new ExtraterritorialDeterminer(engine.controlList(), ExtraterritorialRules.bundled())
              .determine(
                  new ExtraterritorialDeterminer.Item(
                      "form",
                      itemHs.isBlank() ? null : HsCode.parse(itemHs),
                      description,
                      CountryCode.parse(madeIn),
                      value,
                      EndUse.valueOf(endUse.strip().toUpperCase(java.util.Locale.ROOT)),
                      read.lines()),
                  date.isBlank() ? LocalDate.now() : LocalDate.parse(date.strip()));
      return render(user, csrf, new View(form, d, read.errors()), model);
    } catch (NumberFormatException e) {
      return render(
          user,
          csrf,
          new View(form, null, List.of("itemValue: '" + itemValue + "' is not a number")),
          model);
    } catch (InvalidValueException e) {
      return render(
          user, csrf, new View(form, null, List.of("'" + e.value() + "': " + e.reason())), model);
    } catch (DateTimeParseException e) {
      return render(
          user,
          csrf,
          new View(form, null, List.of("date: '" + date + "' is not YYYY-MM-DD")),
          model);
    } catch (IllegalArgumentException e) {
      return render(user, csrf, new View(form, null, List.of(e.getMessage())), model);
    }
  }

  private String render(AssayUser user, CsrfToken csrf, View view, Model model) {
    model.addAttribute(
        "shell", new Shell(user, csrf, "Extraterritorial determination", "/analyst/intelligence"));
    model.addAttribute("view", view);
    return "intelligence/extraterritorial";
  }
}
