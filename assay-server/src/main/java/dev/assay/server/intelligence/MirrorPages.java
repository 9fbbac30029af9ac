package dev.assay.server.intelligence;

import dev.assay.controllist.ControlList;
import dev.assay.intelligence.MineralClassifier;
import dev.assay.intelligence.mirror.ComtradeReader;
import dev.assay.intelligence.mirror.MirrorAllowances;
import dev.assay.intelligence.mirror.MirrorAnalysis;
import dev.assay.intelligence.mirror.MirrorGap;
import dev.assay.intelligence.mirror.ReexportRow;
import dev.assay.server.security.AssayUser;
import dev.assay.server.service.ScreeningEngine;
import dev.assay.server.web.Charts;
import dev.assay.server.web.Json;
import dev.assay.server.web.Shell;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The analyst's mirror-statistics page: the core's {@link MirrorAnalysis} over an uploaded UN
 * Comtrade CSV or the shipped sample. China's recorded exports against a partner's recorded imports
 * for one partner and mineral, with the allowed band, the flagged gaps and the re-export view. The
 * analysis is the core's; this class reads the file and lays the results out.
 */
@Controller
public class MirrorPages {
  /** Rejected rows listed on the page; the rest are counted. */
  static final int MAX_ERRORS = 50;

  private final ScreeningEngine engine;
  private final Path sample;
  private final long maxBytes;
  private Result sampleResult;

  public MirrorPages(
      ScreeningEngine engine,
      @Value("${assay.intelligence.mirror-sample:examples/intelligence/comtrade-sample.csv}")
          String sample,
      @Value("${assay.intelligence.mirror-max-bytes:16777216}") long maxBytes) {
    this.engine = engine;
    this.sample = locate(Path.of(sample));
    this.maxBytes = maxBytes;
  }

  /**
   * A relative path is taken from the working directory, or from its parent: the server runs from
   * the repository root ({@code assay serve}) or from its module's directory (tests, {@code
   * spring-boot:run}).
   */
  private static Path locate(Path path) {
    if (path.isAbsolute() || Files.isRegularFile(path)) {
      return path;
    }
    Path parent = Path.of("..").resolve(path);
    return Files.isRegularFile(parent) ? parent : path;
  }

  /** One analysis of one file. */
  public record Result(
      String source,
      ControlList controlList,
      long read,
      long rejected,
      List<String> errors,
      long outsideMinerals,
      MirrorAnalysis analysis) {}

  /** The page's content. */
  public record View(
      Result result,
      String error,
      MirrorAllowances allowances,
      double transitShare,
      List<String> partners,
      List<String> minerals,
      String partner,
      String mineral,
      String chart,
      List<MirrorGap> flagged,
      List<MirrorGap> chosenGaps,
      List<ReexportRow> reexports,
      long maxBytes) {}

  @GetMapping("/analyst/intelligence/mirror")
  String page(
      @AuthenticationPrincipal AssayUser user,
      CsrfToken csrf,
      @RequestParam(name = "partner", required = false) String partner,
      @RequestParam(name = "mineral", required = false) String mineral,
      Model model,
      HttpServletResponse response) {
    Result result;
    String error = null;
    try {
      result = sample();
    } catch (UncheckedIOException | IllegalArgumentException e) {
      result = null;
      error = "The shipped sample " + sample + " could not be read: " + e.getMessage();
    }
    return render(user, csrf, result, error, partner, mineral, model);
  }

  @PostMapping("/analyst/intelligence/mirror")
  String upload(
      @AuthenticationPrincipal AssayUser user,
      CsrfToken csrf,
      @RequestParam("file") MultipartFile file,
      @RequestParam(name = "partner", required = false) String partner,
      @RequestParam(name = "mineral", required = false) String mineral,
      Model model,
      HttpServletResponse response) {
    String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
    if (file.isEmpty() || file.getSize() > maxBytes) {
      response.setStatus(file.isEmpty() ? 400 : 413);
      String error =
          file.isEmpty()
              ? "No file was uploaded."
              : String.format(
                  "%s is %,d bytes; at most %,d are read.", name, file.getSize(), maxBytes);
      return render(user, csrf, null, error, partner, mineral, model);
    }
    try {
      Result result =
          analyse(
              name,
              () -> {
                try {
                  return new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
      return render(user, csrf, result, null, partner, mineral, model);
    } catch (UncheckedIOException | IllegalArgumentException e) {
      // Not the Comtrade layout at all (a missing column): nothing to analyse.
      response.setStatus(400);
      return render(user, csrf, null, name + ": " + e.getMessage(), partner, mineral, model);
    }
  }

  /** The sample's analysis, kept until the control list in force changes. */
  private synchronized Result sample() {
    ControlList list = engine.controlList();
    if (sampleResult == null || sampleResult.controlList() != list) {
      sampleResult =
          analyse(
              sample.toString(),
              () -> {
                try {
                  return Files.newBufferedReader(sample, StandardCharsets.UTF_8);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
    return sampleResult;
  }

  private Result analyse(String name, Supplier<Reader> open) {
    ControlList list = engine.controlList();
    MirrorAnalysis analysis =
        new MirrorAnalysis(
            new MineralClassifier(list, MineralClassifier.Scope.FAMILY), MirrorAllowances.DEFAULT);
    char separator = name.endsWith(".tsv") || name.endsWith(".txt") ? '\t' : ',';
    List<String> errors = new ArrayList<>();
    ComtradeReader.Summary summary;
    try (Reader in = open.get()) {
      summary =
          ComtradeReader.read(
              in,
              separator,
              analysis,
              e -> {
                if (errors.size() < MAX_ERRORS) {
                  errors.add(e);
                }
              });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // Computed here, once, so that a cached result is read-only afterwards.
    analysis.gaps();
    analysis.reexports();
    return new Result(
        name,
        list,
        summary.read(),
        summary.rejected(),
        List.copyOf(errors),
        analysis.outsideMinerals(),
        analysis);
  }

  private String render(
      AssayUser user,
      CsrfToken csrf,
      Result result,
      String error,
      String partner,
      String mineral,
      Model model) {
    List<MirrorGap> gaps = result == null ? List.of() : result.analysis().gaps();
    List<MirrorGap> flagged =
        gaps.stream().filter(g -> g.finding() != MirrorGap.Finding.CONSISTENT).toList();
    List<String> partners =
        new ArrayList<>(new TreeSet<>(gaps.stream().map(MirrorGap::partner).toList()));
    List<String> minerals =
        new ArrayList<>(new TreeSet<>(gaps.stream().map(MirrorGap::mineral).toList()));
    // By default the first flagged pair, else the first compared: the page opens on a finding.
    MirrorGap first =
        flagged.isEmpty() ? (gaps.isEmpty() ? null : gaps.getFirst()) : flagged.getFirst();
    String p =
        partner != null && partners.contains(partner)
            ? partner
            : first == null ? null : first.partner();
    String m =
        mineral != null && minerals.contains(mineral)
            ? mineral
            : first == null ? null : first.mineral();
    List<MirrorGap> chosen =
        gaps.stream().filter(g -> g.partner().equals(p) && g.mineral().equals(m)).toList();
    MirrorAllowances a = MirrorAllowances.DEFAULT;
    model.addAttribute(
        "shell", new Shell(user, csrf, "Mirror statistics", "/analyst/intelligence"));
    model.addAttribute(
        "view",
        new View(
            result,
            error,
            a,
            result == null ? Double.NaN : result.analysis().transitShare(),
            partners,
            minerals,
            p,
            m,
            chosen.isEmpty() ? null : Json.block(chart(chosen, a)),
            flagged,
            chosen,
            result == null ? List.of() : result.analysis().reexports(),
            maxBytes));
    return "intelligence/mirror";
  }

  /**
   * China's timing-adjusted exports and the partner's imports per period (USD), with the band the
   * allowances accept around China's figure drawn as two dashed lines.
   */
  private static Map<String, Object> chart(List<MirrorGap> gaps, MirrorAllowances a) {
    List<String> periods = gaps.stream().map(MirrorGap::period).toList();
    Map<String, Object> option = Charts.base(periods, "USD");
    Charts.series(
        option,
        "China's exports (timing-adjusted)",
        "bar",
        null,
        gaps.stream().map(g -> (double) Math.round(g.expectedUsd())).toList());
    Charts.series(
        option,
        "partner's imports from China",
        "bar",
        null,
        gaps.stream().map(g -> (double) Math.round(g.partnerImportsUsd())).toList());
    double high = 1 + a.cifMargin() + a.tolerance();
    double low = 1 - a.tolerance();
    Charts.series(
            option,
            "allowed high",
            "line",
            null,
            gaps.stream().map(g -> (double) Math.round(g.expectedUsd() * high)).toList())
        .put("lineStyle", Map.of("type", "dashed", "color", "#b42318"));
    Charts.series(
            option,
            "allowed low",
            "line",
            null,
            gaps.stream().map(g -> (double) Math.round(g.expectedUsd() * low)).toList())
        .put("lineStyle", Map.of("type", "dashed", "color", "#b42318"));
    return option;
  }
}
