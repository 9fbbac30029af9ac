package dev.assay.controllist;

import dev.assay.lexicon.GoodsText;
import dev.assay.lexicon.MagnetGrades;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Decides what one goods line needs on a date: finds the items its code falls under, keeps those
 * whose measures are in force and whose description test is met, then lays the destination and
 * end-use clauses on top. The path for an uncontrolled code is two hash probes and no allocation.
 */
final class Determiner {
  private final CodeIndex commodityNumbers;
  private final CodeIndex tariffLines;
  private final CodeIndex tariffLinesOfCommodityNumbers;
  private final List<DestinationRule> destinationRules;

  /** Sorted epoch days on which something of the list takes effect, is suspended or resumes. */
  private final long[] changeDays;

  Determiner(
      CodeIndex commodityNumbers,
      CodeIndex tariffLines,
      CodeIndex tariffLinesOfCommodityNumbers,
      List<DestinationRule> destinationRules,
      long[] changeDays) {
    this.commodityNumbers = commodityNumbers;
    this.tariffLines = tariffLines;
    this.tariffLinesOfCommodityNumbers = tariffLinesOfCommodityNumbers;
    this.destinationRules = List.copyOf(destinationRules);
    this.changeDays = changeDays.clone();
  }

  /**
   * The period between two change days that a date falls in. Between two change days every measure,
   * clause and item keeps its status, so dates of the same period get the same determination,
   * except for the date a suspension note cites ({@link Evaluated#citesDate}).
   */
  int period(LocalDate date) {
    int found = java.util.Arrays.binarySearch(changeDays, date.toEpochDay());
    return found >= 0 ? found + 1 : -found - 1;
  }

  /** Whether any reference code could cover the declared code; false settles it as uncontrolled. */
  boolean mayControl(String declared) {
    long digits = CodeIndex.digits(declared);
    if (declared.length() == 10) {
      return commodityNumbers.get(digits) != null || tariffLines.get(digits / 100) != null;
    }
    return tariffLines.get(digits) != null || tariffLinesOfCommodityNumbers.get(digits) != null;
  }

  /**
   * A determination, and whether its notes cite the date asked (a suspension is reported "on" that
   * date), so that it may not be reused for another date of the same period.
   */
  record Evaluated(Determination determination, boolean citesDate) {
    static final Evaluated NOT_CONTROLLED = new Evaluated(Determination.NOT_CONTROLLED, false);
  }

  /**
   * The indexed codes a declared code falls under, as two groups: those the code is under by the
   * reference itself, and those a declared 8-digit line merely contains (a 10-digit reference code
   * under the declared tariff line), which can only be settled by the description.
   */
  Lookup lookup(String declared) {
    long digits = CodeIndex.digits(declared);
    if (declared.length() == 10) {
      return new Lookup(commodityNumbers.get(digits), tariffLines.get(digits / 100), null);
    }
    return new Lookup(tariffLines.get(digits), null, tariffLinesOfCommodityNumbers.get(digits));
  }

  record Lookup(IndexedCode[] exact, IndexedCode[] underLine, IndexedCode[] containedInLine) {
    boolean isEmpty() {
      return exact == null && underLine == null && containedInLine == null;
    }

    void forEach(LookupVisitor visitor) {
      visit(exact, true, visitor);
      visit(underLine, true, visitor);
      visit(containedInLine, false, visitor);
    }

    private static void visit(IndexedCode[] codes, boolean byReference, LookupVisitor visitor) {
      if (codes != null) {
        for (IndexedCode code : codes) {
          visitor.visit(code, byReference && code.code.conclusive());
        }
      }
    }
  }

  interface LookupVisitor {
    void visit(IndexedCode code, boolean conclusive);
  }

  Determination determine(DeterminationQuery query) {
    return evaluate(query).determination();
  }

  Evaluated evaluate(DeterminationQuery query) {
    // Probes the indexes before building anything: most lines are uncontrolled, and for them
    // this is two lookups in primitive arrays and the shared answer.
    String declared = query.hsCode().value();
    long digits = CodeIndex.digits(declared);
    IndexedCode[] exact;
    IndexedCode[] underLine = null;
    IndexedCode[] containedInLine = null;
    if (declared.length() == 10) {
      exact = commodityNumbers.get(digits);
      underLine = tariffLines.get(digits / 100);
    } else {
      exact = tariffLines.get(digits);
      containedInLine = tariffLinesOfCommodityNumbers.get(digits);
    }
    if (exact == null && underLine == null && containedInLine == null) {
      return Evaluated.NOT_CONTROLLED;
    }
    Evaluation evaluation = new Evaluation(query);
    Determination determination = evaluation.run(new Lookup(exact, underLine, containedInLine));
    return new Evaluated(determination, evaluation.citesDate);
  }

  /** One determination with a matched code: the working state, discarded afterwards. */
  private final class Evaluation {
    private final DeterminationQuery query;
    private final LocalDate asOf;
    private final String description;
    private final List<Match> inForce = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private boolean citesDate;
    private boolean namedDormant;

    Evaluation(DeterminationQuery query) {
      this.query = query;
      this.asOf = query.asOf();
      this.description = GoodsText.normalize(query.description());
    }

    Determination run(Lookup lookup) {
      lookup.forEach(this::consider);
      List<Match> controlling = controlling();
      if (controlling.isEmpty()) {
        // a description naming a listed item that is dormant here settles the line as well
        if (inForce.isEmpty() || namedDormant) {
          return notes.isEmpty()
              ? Determination.NOT_CONTROLLED
              : new Determination(Verdict.NOT_CONTROLLED, List.of(), notes);
        }
        return dependsOnSpecification();
      }
      List<AppliedMeasure> applied = new ArrayList<>();
      for (Match match : controlling) {
        IndexedCode code = match.code;
        applied.add(
            new AppliedMeasure(
                code.measure,
                Optional.empty(),
                code.verdict,
                Optional.of(code.item),
                Optional.of(code.code)));
        code.item.threshold().ifPresent(t -> notes.add(thresholdNote(code, t)));
        statedNote(code, match.spec).ifPresent(notes::add);
        if (code.code.confidence() != Confidence.CONFIRMED) {
          notes.add(codeConfidenceNote(code));
        }
      }
      for (DestinationRule rule : destinationRules) {
        if (rule.appliesTo(query.destination(), query.endUserCountry(), query.endUse(), asOf)) {
          for (Match match : controlling) {
            if (rule.reaches(match.code.item)) {
              applied.add(
                  new AppliedMeasure(
                      rule.measure,
                      Optional.of(rule.clause),
                      rule.verdict,
                      Optional.of(match.code.item),
                      Optional.of(match.code.code)));
            }
          }
        }
      }
      applied.sort(Comparator.comparing(AppliedMeasure::verdict).reversed());
      return new Determination(applied.getFirst().verdict(), applied, notes);
    }

    /**
     * Codes that are not conclusive, in force for this line, and a description that neither names
     * the item nor settles it: the verdict depends on the goods' specification. The measures are
     * those that would apply if the goods were the item (with that verdict), the notes say what
     * decides; a description that denies the controlled content ("Dy-free", "无镝") is recorded as a
     * claim to verify with documents.
     */
    private Determination dependsOnSpecification() {
      List<AppliedMeasure> candidates = new ArrayList<>();
      String claim = null;
      boolean byFigures = false;
      for (Match match : inForce) {
        IndexedCode code = match.code;
        candidates.add(
            new AppliedMeasure(
                code.measure,
                Optional.empty(),
                code.verdict,
                Optional.of(code.item),
                Optional.of(code.code)));
        notes.add(verifyDescriptionNote(code));
        if (claim == null && match.claim != null) {
          claim = match.claim;
          byFigures = match.spec.side() == Limit.Side.OUTSIDE;
        }
      }
      if (byFigures) {
        notes.add(
            "The description's own figures put the goods outside the threshold ("
                + claim
                + "): a claim to verify with the technical documents (test report, certificate of"
                + " analysis) before release, not a declaration of controlled goods.");
      } else if (claim != null) {
        notes.add(
            "The description states the controlled content is absent (\""
                + claim
                + "\"): a claim to verify with the technical documents (composition, test report)"
                + " before release, not a declaration of controlled goods.");
        MagnetGrades.bundled()
            .needingHeavyRareEarth(query.description())
            .filter(grade -> claimsMagnetItemAbsent())
            .ifPresent(
                grade ->
                    notes.add(
                        "The claim is contradicted by the description's own grade: "
                            + grade.describe()
                            + " (lexicon/magnet-grades.yaml, likely)."));
      }
      candidates.sort(Comparator.comparing(AppliedMeasure::verdict).reversed());
      return new Determination(
          Verdict.DEPENDS_ON_SPECIFICATION,
          candidates,
          notes,
          List.of(),
          Optional.ofNullable(claim));
    }

    private void consider(IndexedCode code, boolean conclusive) {
      dev.assay.lexicon.Qualifiers.Reading reading = code.readIn(description);
      boolean named = reading.named();
      MeasureStatus status = code.schedule.status(asOf);
      if (status != MeasureStatus.IN_FORCE) {
        // A dormant measure only deserves a note where it would have decided this line.
        if (conclusive || named) {
          notes.add(dormantNote(code, status));
        }
        namedDormant |= named;
        return;
      }
      if (!code.measure.destinations().covers(query.destination())
          && !code.measure.destinations().covers(query.endUserCountry())) {
        return;
      }
      if (!code.measure.endUses().covers(query.endUse())) {
        return;
      }
      for (Match seen : inForce) {
        if (seen.code.measure == code.measure && seen.code.item == code.item) {
          seen.conclusive |= conclusive;
          return;
        }
      }
      String claim = reading.claimsAbsence() ? reading.claim() : null;
      if (!named && claim == null && !conclusive && MagnetGrades.bundled().names(code.item.id())) {
        // "Sintered NdFeB magnets 48UH": no magnet of the class is made without Dy or Tb.
        Optional<MagnetGrades.Grade> grade =
            MagnetGrades.bundled().needingHeavyRareEarth(query.description());
        if (grade.isPresent()) {
          named = true;
          String note =
              "The description's grade "
                  + grade.get().describe()
                  + ": read as naming the Dy- or Tb-containing NdFeB magnet items"
                  + " (lexicon/magnet-grades.yaml, likely).";
          if (!notes.contains(note)) {
            notes.add(note);
          }
        }
      }
      Specification spec =
          named || conclusive
              ? Specification.of(code.item, query.description())
              : Specification.UNSTATED;
      if (named && !conclusive && spec.side() == Limit.Side.OUTSIDE) {
        // The description names the item but its own figures say the goods are not it: a claim to
        // verify, as a denied content is, not a declaration of the item.
        named = false;
        claim = spec.statedText(Limit.Side.OUTSIDE);
      }
      inForce.add(new Match(code, conclusive, named, claim, spec));
    }

    /**
     * The matches that make the line controlled: conclusive codes, and non-conclusive ones whose
     * item the description names. Where the description names some of them, only those are kept, so
     * that a shared code (2931900032) is attributed to the item the goods actually are.
     */
    private List<Match> controlling() {
      List<Match> controlling = new ArrayList<>();
      boolean anyNamed = false;
      for (Match match : inForce) {
        if (match.conclusive || match.named) {
          controlling.add(match);
          anyNamed |= match.named;
        }
      }
      if (anyNamed) {
        controlling.removeIf(match -> !match.named);
      }
      return controlling;
    }

    private String verifyDescriptionNote(IndexedCode code) {
      return "Verify the technical description: "
          + query.hsCode()
          + " falls under reference code "
          + code.code.code()
          + " of "
          + code.item.label()
          + " ("
          + code.measure.basis()
          + "), but the code alone is not conclusive; the line is controlled only if the goods"
          + " are that item"
          + code.item.threshold().map(t -> " (" + t + ")").orElse("")
          + ".";
    }

    private String thresholdNote(IndexedCode code, String threshold) {
      return "Check the technical threshold of "
          + code.item.label()
          + " ("
          + code.measure.basis()
          + "): "
          + threshold;
    }

    /** Whether the absence claimed is of an item a magnet grade can name (the Dy or Tb magnets). */
    private boolean claimsMagnetItemAbsent() {
      for (Match match : inForce) {
        if (match.claim != null && MagnetGrades.bundled().names(match.code.item.id())) {
          return true;
        }
      }
      return false;
    }

    /** What the description's own figures say about a controlling item's threshold, if anything. */
    private Optional<String> statedNote(IndexedCode code, Specification spec) {
      return switch (spec.side()) {
        case WITHIN ->
            Optional.of(
                "The description's own figures put the goods within the threshold of "
                    + code.item.label()
                    + ": "
                    + spec.statedText(Limit.Side.WITHIN)
                    + ".");
        case OUTSIDE ->
            Optional.of(
                "The description's own figures put the goods outside the threshold of "
                    + code.item.label()
                    + " ("
                    + spec.statedText(Limit.Side.OUTSIDE)
                    + "), but "
                    + code.code.code()
                    + " is that item's own code: verify the figures against the technical"
                    + " documents.");
        case UNSTATED -> Optional.empty();
      };
    }

    private String codeConfidenceNote(IndexedCode code) {
      return "Reference code "
          + code.code.code()
          + " of "
          + code.item.label()
          + " is "
          + code.code.confidence().yamlName()
          + code.code.note().map(n -> ": " + n).orElse("");
    }

    private String dormantNote(IndexedCode code, MeasureStatus status) {
      String listing =
          code.measure.basis() + " lists " + code.code.code() + " (" + code.item.label() + ")";
      if (status == MeasureStatus.NOT_YET_EFFECTIVE) {
        return listing + " but is in force only from " + code.schedule.effective() + ".";
      }
      Schedule.Window window = code.schedule.suspensionOn(asOf);
      citesDate = true;
      return listing
          + " but is suspended on "
          + asOf
          + " by "
          + window.by().basis()
          + window.suspension().until().map(u -> " until " + u).orElse(" until further notice")
          + ".";
    }
  }

  /** An item in force that the line's code falls under. */
  private static final class Match {
    final IndexedCode code;
    boolean conclusive;
    final boolean named;
    final String claim;
    final Specification spec;

    Match(IndexedCode code, boolean conclusive, boolean named, String claim, Specification spec) {
      this.code = code;
      this.conclusive = conclusive;
      this.named = named;
      this.claim = claim;
      this.spec = spec;
    }
  }
}
