package dev.assay.risk.detector;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.assay.controllist.ControlList;
import dev.assay.controllist.ControlledItem;
import dev.assay.controllist.Determination;
import dev.assay.controllist.Measure;
import dev.assay.controllist.MeasureStatus;
import dev.assay.declaration.GoodsLine;
import dev.assay.lexicon.Lookalike;
import dev.assay.lexicon.Lookalikes;
import dev.assay.lexicon.MineralLexicon;
import dev.assay.lexicon.MineralMention;
import dev.assay.lexicon.Purity;
import dev.assay.risk.Detector;
import dev.assay.risk.EnrichedDeclaration;
import dev.assay.risk.Finding;
import dev.assay.risk.FindingCode;
import dev.assay.risk.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A goods line whose description names a controlled mineral while its HS code is not a controlled
 * one: the misrepresentation of the 2025 cases (bismuth alloy as solder paste, Dy-bearing magnets
 * under 8505119000, rare earths as iron alloy or nickel powder). Weighs more when the declared code
 * is a known lookalike for that mineral, less when the name is misspelt or the line cites a
 * license. See docs/detectors/MISDECLARED_GOODS.md.
 */
public final class MisdeclaredGoodsDetector implements Detector {
  private static final double NEAR_PURE_PERCENT = 90;
  private final ControlList controlList;
  private final MineralLexicon lexicon;
  private final Lookalikes lookalikes;
  private final Map<String, List<Measure>> measuresByMineral = new HashMap<>();
  private final Map<String, List<String>> codesByMineral = new HashMap<>();

  /**
   * The lexicon's reading of each description as written: trade repeats its descriptions (a
   * simulated 100k lines hold about 2k distinct ones), and reading one costs microseconds.
   */
  private final Cache<String, List<MineralMention>> mentions =
      Caffeine.newBuilder().maximumSize(50_000).build();

  public MisdeclaredGoodsDetector(
      ControlList controlList, MineralLexicon lexicon, Lookalikes lookalikes) {
    this.controlList = controlList;
    this.lexicon = lexicon;
    this.lookalikes = lookalikes;
    for (Measure measure : controlList.measures()) {
      for (ControlledItem item : measure.items()) {
        List<Measure> measures =
            measuresByMineral.computeIfAbsent(item.mineral(), m -> new ArrayList<>());
        if (!measures.contains(measure)) {
          measures.add(measure);
        }
        Set<String> codes =
            new LinkedHashSet<>(codesByMineral.getOrDefault(item.mineral(), List.of()));
        item.hsCodes().forEach(code -> codes.add(code.code().value()));
        codesByMineral.put(item.mineral(), List.copyOf(codes));
      }
    }
  }

  /** With the shipped lexicon and lookalike list. */
  public static MisdeclaredGoodsDetector bundled(ControlList controlList) {
    return new MisdeclaredGoodsDetector(
        controlList, MineralLexicon.bundled(), Lookalikes.bundled());
  }

  @Override
  public FindingCode code() {
    return FindingCode.MISDECLARED_GOODS;
  }

  @Override
  public void inspect(EnrichedDeclaration declaration, Consumer<Finding> findings) {
    for (int i = 0; i < declaration.determinations().size(); i++) {
      Determination determination = declaration.determination(i);
      if (determination.controlled()) {
        continue;
      }
      GoodsLine line = declaration.line(i);
      String description = line.description();
      List<MineralMention> mentions =
          description == null ? List.of() : this.mentions.get(description, lexicon::find);
      if (mentions.isEmpty()) {
        continue;
      }
      Optional<Lookalike> lookalike = lookalikes.find(line.hsCode());
      for (MineralMention mention : mentions) {
        if (expectedUnderCode(lookalike, mention, line)) {
          continue;
        }
        Optional<Measure> inForce = measureInForce(mention.mineral(), declaration.asOf());
        if (inForce.isPresent()) {
          findings.accept(finding(line, mention, inForce.get(), declaration.asOf()));
          break;
        }
      }
    }
  }

  private Finding finding(GoodsLine line, MineralMention mention, Measure measure, LocalDate asOf) {
    Optional<Lookalike> lookalike =
        lookalikes.find(line.hsCode()).filter(l -> l.minerals().contains(mention.mineral()));
    Severity severity = severity(mention, lookalike.isPresent(), line.licenseNo().isPresent());
    Map<String, Object> evidence = new LinkedHashMap<>();
    evidence.put("hs_code", line.hsCode().value());
    evidence.put("description", line.description());
    evidence.put("mineral", mention.mineral());
    evidence.put("named_as", mention.matched());
    evidence.put("lexicon_term", mention.term());
    evidence.put("match", mention.kind().name().toLowerCase(java.util.Locale.ROOT));
    Purity.of(line.description()).ifPresent(p -> evidence.put("stated_purity_percent", p));
    evidence.put(
        "controlled_codes",
        codesByMineral.getOrDefault(mention.mineral(), List.of()).stream().limit(6).toList());
    lookalike.ifPresent(
        l -> {
          evidence.put("lookalike_code", l.code());
          evidence.put("lookalike_case", l.knownCase());
          evidence.put("lookalike_confidence", l.confidence());
        });
    evidence.put("license_no", line.licenseNo().orElse(null));
    evidence.put("as_of", asOf.toString());
    String message =
        "description names "
            + mention.mineral()
            + " ('"
            + mention.matched()
            + "'), a controlled mineral, but HS "
            + line.hsCode()
            + " is not a controlled code"
            + lookalike.map(l -> "; it is a known lookalike (" + l.tariffText() + ")").orElse("");
    return new Finding(
        code(), severity, OptionalInt.of(line.lineNo()), message, evidence, measure.basis());
  }

  /**
   * Lead-antimony alloy declared as lead containing antimony names antimony honestly; only a
   * near-pure purity says the goods are the mineral itself.
   */
  private static boolean expectedUnderCode(
      Optional<Lookalike> lookalike, MineralMention mention, GoodsLine line) {
    return lookalike
            .filter(l -> l.namesMineral() && l.minerals().contains(mention.mineral()))
            .isPresent()
        && !(Purity.of(line.description()).orElse(0) >= NEAR_PURE_PERCENT);
  }

  private static Severity severity(MineralMention mention, boolean lookalike, boolean licensed) {
    Severity base = mention.kind() == MineralMention.Kind.TYPO ? Severity.MEDIUM : Severity.HIGH;
    if (lookalike) {
      base = base == Severity.HIGH ? Severity.CRITICAL : Severity.HIGH;
    }
    if (licensed) {
      // The exporter treats the goods as controlled; the code is wrong, the intent less likely.
      base = Severity.values()[Math.max(0, base.ordinal() - 1)];
    }
    return base;
  }

  private Optional<Measure> measureInForce(String mineral, LocalDate date) {
    for (Measure measure : measuresByMineral.getOrDefault(mineral, List.of())) {
      if (measure.kind().controlsGoods()
          && controlList.status(measure, date) == MeasureStatus.IN_FORCE) {
        return Optional.of(measure);
      }
    }
    return Optional.empty();
  }
}
