package dev.assay.controllist;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.assay.declaration.CountryCode;
import dev.assay.declaration.HsCode;
import dev.assay.declaration.InvalidValueException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads one announcement file into a {@link Measure}, checking everything that can be checked
 * within the file. Checks across files (duplicate ids, what a suspension names) are made by {@link
 * ControlList.Builder}.
 */
final class MeasureReader {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private static final Pattern MEASURE_ID = Pattern.compile("[A-Z][A-Za-z0-9]*(-[A-Za-z0-9]+)*");
  private static final Pattern LOCAL_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.()_-]*");
  private static final Pattern MINERAL = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  private static final Pattern CONTROL_CODE = Pattern.compile("[0-9][A-E][0-9]{3}(\\.[a-z0-9]+)*");

  private static final Set<String> MEASURE_FIELDS =
      Set.of(
          "id",
          "citation",
          "title",
          "authorities",
          "issued",
          "effective",
          "kind",
          "destinations",
          "endUses",
          "sources",
          "confidence",
          "note",
          "items",
          "clauses",
          "suspends");
  private static final Set<String> ITEM_FIELDS =
      Set.of(
          "id",
          "mineral",
          "name",
          "controlCode",
          "forms",
          "hs",
          "hsConclusive",
          "threshold",
          "limits",
          "terms",
          "sources",
          "confidence",
          "note");
  private static final Set<String> CODE_FIELDS =
      Set.of("code", "conclusive", "confidence", "sources", "note");
  private static final Set<String> CLAUSE_FIELDS =
      Set.of(
          "id",
          "citation",
          "kind",
          "effective",
          "destinations",
          "endUses",
          "appliesTo",
          "text",
          "sources",
          "confidence",
          "note");
  private static final Set<String> SUSPENSION_FIELDS =
      Set.of("measure", "clauses", "items", "from", "until", "sources", "confidence", "note");

  private MeasureReader() {}

  static Measure read(String file, String yaml) {
    JsonNode root;
    try {
      root = YAML.readTree(yaml);
    } catch (JacksonException e) {
      throw new ControlListException(file, "(syntax)", e.getOriginalMessage(), e);
    }
    return measure(new Fields(file, "", root));
  }

  private static Measure measure(Fields f) {
    f.allowOnly(MEASURE_FIELDS);
    String id = matching(f, "id", MEASURE_ID);
    MeasureKind kind = f.enumValue("kind", MeasureKind.class, null);
    LocalDate issued = f.date("issued");
    LocalDate effective = f.optionalDate("effective").orElse(issued);
    if (effective.isBefore(issued)) {
      throw f.error("effective", "before the issue date " + issued);
    }
    DestinationScope destinations = destinations(f, "destinations", DestinationScope.ALL);
    EndUseScope endUses = f.enumValue("endUses", EndUseScope.class, EndUseScope.ANY);
    List<ControlledItem> items = new ArrayList<>();
    for (Fields item : f.mappings("items")) {
      items.add(item(item));
    }
    List<Clause> clauses = new ArrayList<>();
    for (Fields clause : f.mappings("clauses")) {
      clauses.add(clause(clause, kind, issued, effective, destinations, endUses));
    }
    List<Suspension> suspensions = new ArrayList<>();
    for (Fields suspension : f.mappings("suspends")) {
      suspensions.add(suspension(suspension));
    }
    unique(f, "items", items.stream().map(ControlledItem::id).toList());
    unique(f, "clauses", clauses.stream().map(Clause::id).toList());
    checkShape(f, kind, items, clauses, suspensions);
    return new Measure(
        id,
        f.text("citation"),
        f.text("title"),
        f.texts("authorities", true),
        issued,
        effective,
        kind,
        destinations,
        endUses,
        clauses,
        items,
        suspensions,
        sources(f),
        confidence(f),
        f.optionalText("note"),
        f.file());
  }

  /** A measure does one thing: controls items, acts on top of them, suspends, or informs. */
  private static void checkShape(
      Fields f,
      MeasureKind kind,
      List<ControlledItem> items,
      List<Clause> clauses,
      List<Suspension> suspensions) {
    if (kind == MeasureKind.SUSPENSION) {
      if (suspensions.isEmpty()) {
        throw f.error("suspends", "a SUSPENSION measure names what it suspends");
      }
      if (!items.isEmpty() || !clauses.isEmpty()) {
        throw f.error("kind", "a SUSPENSION measure has no items or clauses");
      }
      return;
    }
    if (!suspensions.isEmpty()) {
      throw f.error("suspends", "only a measure of kind SUSPENSION suspends others");
    }
    if (!items.isEmpty() && !clauses.isEmpty()) {
      throw f.error(
          "clauses",
          "a measure lists items or clauses, not both (record clauses that control items as"
              + " separate measures)");
    }
    if (kind == MeasureKind.INFORMATIONAL) {
      if (!items.isEmpty()) {
        throw f.error("items", "an INFORMATIONAL measure controls no items");
      }
      for (int i = 0; i < clauses.size(); i++) {
        if (clauses.get(i).kind() != MeasureKind.INFORMATIONAL) {
          throw f.error("clauses[" + i + "].kind", "clauses of an INFORMATIONAL measure inform");
        }
      }
      return;
    }
    if (items.isEmpty() && clauses.isEmpty()) {
      throw f.error("items", "a " + kind + " measure lists the items or clauses it applies to");
    }
  }

  private static ControlledItem item(Fields f) {
    f.allowOnly(ITEM_FIELDS);
    List<String> sources = sources(f);
    Confidence confidence = confidence(f);
    boolean conclusive = f.bool("hsConclusive", true);
    List<ReferenceCode> codes = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Fields.Element element : f.elements("hs")) {
      ReferenceCode code = referenceCode(f, element, conclusive, confidence, sources);
      if (!seen.add(code.code().value())) {
        throw new ControlListException(f.file(), element.path(), "duplicate code " + code.code());
      }
      codes.add(code);
    }
    List<String> terms = f.texts("terms", false);
    if (codes.stream().anyMatch(c -> !c.conclusive()) && terms.isEmpty()) {
      throw f.error(
          "terms",
          "an item with a non-conclusive code needs description terms, or no line could match it");
    }
    Optional<String> controlCode = f.optionalText("controlCode");
    if (controlCode.isPresent()
        && (!f.raw("controlCode").isTextual()
            || !CONTROL_CODE.matcher(controlCode.get()).matches())) {
      // YAML reads 1E004 as the number 10000.0, so codes must be quoted.
      throw f.error(
          "controlCode",
          "not a control code such as \"1C117.d\" (write it in quotes): '"
              + controlCode.get()
              + "'");
    }
    return new ControlledItem(
        matching(f, "id", LOCAL_ID),
        matching(f, "mineral", MINERAL),
        f.text("name"),
        controlCode,
        f.texts("forms", false),
        codes,
        f.optionalText("threshold"),
        limits(f),
        terms,
        sources,
        confidence,
        f.optionalText("note"));
  }

  /** The threshold's limits; each must parse, and they restate a threshold the item has. */
  private static List<Limit> limits(Fields f) {
    List<String> texts = f.texts("limits", false);
    if (!texts.isEmpty() && f.optionalText("threshold").isEmpty()) {
      throw f.error("limits", "limits restate an item's threshold; this item has none");
    }
    List<Limit> limits = new ArrayList<>(texts.size());
    for (String text : texts) {
      try {
        limits.add(Limit.parse(text));
      } catch (IllegalArgumentException e) {
        throw f.error("limits", e.getMessage());
      }
    }
    return limits;
  }

  /**
   * A reference code, written as a bare code or as a mapping with its own confidence and note. An
   * unsure code is never conclusive: it alone cannot make a line controlled.
   */
  private static ReferenceCode referenceCode(
      Fields item,
      Fields.Element element,
      boolean itemConclusive,
      Confidence itemConfidence,
      List<String> itemSources) {
    if (element.node().isObject()) {
      Fields f = new Fields(item.file(), element.path(), element.node());
      f.allowOnly(CODE_FIELDS);
      Confidence confidence = f.enumValue("confidence", Confidence.class, itemConfidence);
      boolean conclusive = f.bool("conclusive", itemConclusive) && confidence != Confidence.UNSURE;
      List<String> sources = f.has("sources") ? sources(f) : itemSources;
      return new ReferenceCode(
          hsCode(item.file(), f.pathOf("code"), f.raw("code")),
          conclusive,
          confidence,
          sources,
          f.optionalText("note"));
    }
    return new ReferenceCode(
        hsCode(item.file(), element.path(), element.node()),
        itemConclusive && itemConfidence != Confidence.UNSURE,
        itemConfidence,
        itemSources,
        Optional.empty());
  }

  /**
   * An HS code. YAML reads bare digits as a number, and a leading zero as octal; an octal reading
   * never has 8 or 10 digits, so it is rejected here rather than silently changed.
   */
  private static HsCode hsCode(String file, String path, JsonNode node) {
    if (node == null || node.isNull() || !(node.isTextual() || node.isIntegralNumber())) {
      throw new ControlListException(file, path, "expected an HS code of 8 or 10 digits");
    }
    String text = node.asText();
    try {
      return HsCode.parse(text);
    } catch (InvalidValueException e) {
      throw new ControlListException(
          file,
          path,
          "bad HS code '"
              + text
              + "': "
              + e.reason()
              + (node.isNumber() ? " (write codes with a leading zero in quotes)" : ""));
    }
  }

  private static Clause clause(
      Fields f,
      MeasureKind measureKind,
      LocalDate issued,
      LocalDate measureEffective,
      DestinationScope measureDestinations,
      EndUseScope measureEndUses) {
    f.allowOnly(CLAUSE_FIELDS);
    String id = matching(f, "id", LOCAL_ID);
    MeasureKind kind = f.enumValue("kind", MeasureKind.class, measureKind);
    if (kind == MeasureKind.SUSPENSION) {
      throw f.error("kind", "a clause does not suspend; write a SUSPENSION measure");
    }
    LocalDate effective = f.optionalDate("effective").orElse(measureEffective);
    if (effective.isBefore(issued)) {
      throw f.error("effective", "before the measure's issue date " + issued);
    }
    Optional<ItemScope> appliesTo =
        f.has("appliesTo") ? Optional.of(itemScope(f)) : Optional.empty();
    if (kind.controlsGoods() && appliesTo.isEmpty()) {
      throw f.error(
          "appliesTo",
          "a " + kind + " clause says which items it reaches (dual-use-items or minerals)");
    }
    if (!kind.controlsGoods() && appliesTo.isPresent()) {
      throw f.error("appliesTo", "an " + kind + " clause reaches no items");
    }
    return new Clause(
        id,
        clauseCitation(f, id),
        kind,
        effective,
        destinations(f, "destinations", measureDestinations),
        f.enumValue("endUses", EndUseScope.class, measureEndUses),
        appliesTo,
        f.text("text"),
        sources(f),
        confidence(f),
        f.optionalText("note"));
  }

  /** "clause 1" by default; {@code citation: none} cites the measure as a whole. */
  private static Optional<String> clauseCitation(Fields f, String id) {
    Optional<String> citation = f.optionalText("citation");
    if (citation.isEmpty()) {
      return Optional.of("clause " + id);
    }
    return citation.get().equals("none") ? Optional.empty() : citation;
  }

  /** {@code appliesTo: dual-use-items} or {@code appliesTo: {minerals: [gallium, ...]}}. */
  private static ItemScope itemScope(Fields f) {
    JsonNode node = f.raw("appliesTo");
    if (node.isTextual() && node.asText().strip().equals("dual-use-items")) {
      return ItemScope.EVERY_DUAL_USE_ITEM;
    }
    if (node.isObject()) {
      Fields scope = new Fields(f.file(), f.pathOf("appliesTo"), node);
      scope.allowOnly(Set.of("minerals"));
      List<String> minerals = scope.texts("minerals", true);
      for (int i = 0; i < minerals.size(); i++) {
        if (!MINERAL.matcher(minerals.get(i)).matches()) {
          throw scope.error("minerals[" + i + "]", "not a mineral name: '" + minerals.get(i) + "'");
        }
      }
      return ItemScope.minerals(new LinkedHashSet<>(minerals));
    }
    throw f.error("appliesTo", "write dual-use-items, or minerals: [a list]");
  }

  private static Suspension suspension(Fields f) {
    f.allowOnly(SUSPENSION_FIELDS);
    LocalDate from = f.date("from");
    Optional<LocalDate> until = f.optionalDate("until");
    if (until.isPresent() && until.get().isBefore(from)) {
      throw f.error("until", "before 'from' (" + from + ")");
    }
    return new Suspension(
        matching(f, "measure", MEASURE_ID),
        f.texts("clauses", false),
        f.texts("items", false),
        from,
        until,
        sources(f),
        confidence(f),
        f.optionalText("note"));
  }

  private static DestinationScope destinations(Fields f, String name, DestinationScope absent) {
    if (!f.has(name)) {
      return absent;
    }
    List<String> texts = f.texts(name, true);
    if (texts.size() == 1 && texts.getFirst().equals("all")) {
      return DestinationScope.ALL;
    }
    Set<CountryCode> countries = new LinkedHashSet<>();
    for (int i = 0; i < texts.size(); i++) {
      try {
        countries.add(CountryCode.parse(texts.get(i)));
      } catch (InvalidValueException e) {
        throw f.error(name + "[" + i + "]", "'" + texts.get(i) + "': " + e.reason());
      }
    }
    return DestinationScope.of(countries);
  }

  private static List<String> sources(Fields f) {
    return f.texts("sources", true);
  }

  private static Confidence confidence(Fields f) {
    return f.enumValue("confidence", Confidence.class, null);
  }

  private static String matching(Fields f, String name, Pattern pattern) {
    String text = f.text(name);
    if (!pattern.matcher(text).matches()) {
      throw f.error(name, "'" + text + "' does not have the form " + pattern.pattern());
    }
    return text;
  }

  private static void unique(Fields f, String name, List<String> ids) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < ids.size(); i++) {
      if (!seen.add(ids.get(i))) {
        throw f.error(name + "[" + i + "].id", "duplicate id '" + ids.get(i) + "'");
      }
    }
  }
}
