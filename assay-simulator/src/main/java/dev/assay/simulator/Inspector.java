package dev.assay.simulator;

import dev.assay.controllist.ControlList;
import dev.assay.declaration.Declaration;
import dev.assay.declaration.GoodsLine;
import dev.assay.declaration.Outcome;
import dev.assay.declaration.TransportMode;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Customs under an inspection policy: which declarations it inspects and what it finds. A random
 * share of the inspections is a control sample; the rest follow a simple risk profile of the kind
 * officers use (a controlled code, a mineral word, a hub destination, a small air or post parcel, a
 * gross weight far above the net), with a running mean keeping the inspected share on target. An
 * inspection does not find everything: hidden goods and a front company's real customer are easy to
 * miss. MODELLING ASSUMPTION: the profile and detection rates are plausible, not measured.
 *
 * <p>It draws from its own generator, so that asking for observed labels leaves the declarations of
 * a seed unchanged.
 */
public final class Inspector {
  private static final Set<String> HUBS =
      Set.of("TH", "MX", "MY", "VN", "BE", "AE", "HK", "SG", "TR", "KZ", "KG", "EE", "IN");
  private static final String[] MINERAL_WORDS = {
    "antimony", "锑", "gallium", "镓", "germanium", "锗", "tungsten", "钨", "bismuth", "铋",
    "rare earth", "稀土", "dysprosium", "镝", "terbium", "铽", "graphite", "石墨", "ndfeb", "钕铁硼",
    "paratungstate"
  };
  private static final java.util.regex.Pattern SYMBOLS =
      java.util.regex.Pattern.compile("\\b(sb|bi|dy|tb|ga|ge)\\b");

  private final InspectionPolicy policy;
  private final ControlList controlList;
  private final Draws draws;
  private double meanScore = 0.12;
  private long seen;

  public Inspector(InspectionPolicy policy, ControlList controlList, long seed) {
    this.policy = policy;
    this.controlList = controlList;
    this.draws = new Draws(seed ^ 0x5DEECE66DL);
  }

  public Observation observe(Declaration d, GroundTruth truth) {
    double score = score(d);
    seen++;
    meanScore += (score - meanScore) / Math.min(seen, 10_000);
    Observation.Selection selection = Observation.Selection.NOT_SELECTED;
    double random = policy.inspectedShare() * policy.randomShare();
    double targeted = policy.inspectedShare() * (1 - policy.randomShare()) * score / meanScore;
    double u = draws.unit();
    if (u < random) {
      selection = Observation.Selection.RANDOM;
    } else if (u < random + Math.min(1 - random, targeted)) {
      selection = Observation.Selection.TARGETED;
    }
    if (selection == Observation.Selection.NOT_SELECTED) {
      return new Observation(false, selection, Optional.empty());
    }
    boolean found = truth.isViolation() && draws.chance(detection(truth));
    return new Observation(true, selection, Optional.of(found ? Outcome.VIOLATION : Outcome.CLEAN));
  }

  /** The officers' risk profile: 0.05 for nothing remarkable, up to 1. */
  double score(Declaration d) {
    double score = 0.05;
    boolean controlled = false;
    boolean word = false;
    for (GoodsLine line : d.lines()) {
      controlled |= controlList.isControlledCode(line.hsCode(), d.declaredAt());
      String text = line.description().toLowerCase(Locale.ROOT);
      for (String w : MINERAL_WORDS) {
        word |= text.contains(w);
      }
      word |= SYMBOLS.matcher(text).find();
    }
    if (controlled) {
      score += 0.35;
    }
    if (word) {
      score += 0.2;
    }
    if (controlled && HUBS.contains(d.destination().value())) {
      score += 0.2;
    }
    TransportMode mode = d.transport().mode();
    if ((mode == TransportMode.POST || mode == TransportMode.AIR)
        && d.transport().grossWeightKg() < 100) {
      score += 0.1;
    }
    if (d.transport().grossWeightKg() > 1.25 * d.totalNetWeightKg()) {
      score += 0.15;
    }
    return Math.min(1, score);
  }

  /** How likely an inspection finds a violation of this kind. */
  private static double detection(GroundTruth truth) {
    return switch (truth.typology().orElseThrow()) {
      case HIDDEN_GOODS -> 0.75;
      case CONCEALMENT -> 0.9;
      case TRANSSHIPMENT -> 0.3;
      case RESTRICTED_PARTY -> 0.8;
      default -> 0.95;
    };
  }
}
