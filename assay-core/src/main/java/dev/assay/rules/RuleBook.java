package dev.assay.rules;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.assay.declaration.InvalidValueException;
import dev.assay.ingest.FieldText;
import dev.assay.risk.FindingCode;
import dev.assay.risk.Severity;
import dev.cel.runtime.CelRuntime;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The analyst rules of one file, each parsed and type-checked at load. A rule that does not load is
 * kept out and reported as a {@link RuleProblem} naming the file, the rule and the reason; the
 * others load. Immutable; a new version of the file is a new book.
 */
public final class RuleBook {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Set<String> RULE_FIELDS =
      Set.of(
          "id",
          "description",
          "expression",
          "finding",
          "severity",
          "valid_from",
          "valid_to",
          "basis");

  private final String source;
  private final List<CompiledRule> rules;
  private final List<RuleProblem> problems;

  private RuleBook(String source, List<CompiledRule> rules, List<RuleProblem> problems) {
    this.source = source;
    this.rules = List.copyOf(rules);
    this.problems = List.copyOf(problems);
  }

  /** A book without rules. */
  public static RuleBook empty() {
    return new RuleBook("(none)", List.of(), List.of());
  }

  /**
   * Reads a rule file.
   *
   * @throws RuleFileException where the file cannot be read, is not YAML or has no rule list
   */
  public static RuleBook load(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new RuleFileException(file.toString(), "cannot read: " + e, e);
    }
    return read(file.toString(), text);
  }

  /** Reads rules from YAML text, under the name errors will cite. */
  public static RuleBook read(String name, String yaml) {
    JsonNode root;
    try {
      root = YAML.readTree(yaml);
    } catch (JacksonException e) {
      throw new RuleFileException(name, "not valid YAML: " + e.getOriginalMessage(), e);
    }
    JsonNode list = root == null ? null : root.get("rules");
    if (list == null || !list.isArray()) {
      throw new RuleFileException(name, "expected a list under 'rules:'");
    }
    List<CompiledRule> rules = new ArrayList<>();
    List<RuleProblem> problems = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    int position = 0;
    for (JsonNode node : list) {
      position++;
      String id = node.isObject() && node.path("id").isTextual() ? node.get("id").asText() : null;
      String named = id == null || id.isBlank() ? "#" + position : id;
      try {
        // An id is taken even by a rule that fails, so a fix cannot change which rule it names.
        if (id != null && !ids.add(id)) {
          throw new IllegalArgumentException("id used by an earlier rule of the file");
        }
        Rule rule = rule(node, id);
        rules.add(new CompiledRule(rule, RuleLanguage.compile(rule.expression())));
      } catch (IllegalArgumentException e) {
        problems.add(new RuleProblem(name, named, e.getMessage()));
      }
    }
    return new RuleBook(name, rules, problems);
  }

  private static Rule rule(JsonNode node, String id) {
    if (!node.isObject()) {
      throw new IllegalArgumentException("a rule is a mapping of id, description, expression, ...");
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String field = names.next();
      if (!RULE_FIELDS.contains(field)) {
        throw new IllegalArgumentException(
            "unknown field '" + field + "' (known: " + String.join(", ", sorted()) + ")");
      }
    }
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("field id: required");
    }
    Optional<LocalDate> from = date(node, "valid_from");
    Optional<LocalDate> to = date(node, "valid_to");
    if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
      throw new IllegalArgumentException(
          "field valid_to: " + to.get() + " is before valid_from " + from.get());
    }
    return new Rule(
        id,
        text(node, "description"),
        text(node, "expression"),
        constant(node, "finding", FindingCode.class),
        constant(node, "severity", Severity.class),
        from,
        to,
        text(node, "basis"));
  }

  private static List<String> sorted() {
    return RULE_FIELDS.stream().sorted().toList();
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull() || value.asText().isBlank()) {
      throw new IllegalArgumentException("field " + field + ": required");
    }
    if (!value.isValueNode()) {
      throw new IllegalArgumentException("field " + field + ": expected text");
    }
    return value.asText().strip();
  }

  private static <E extends Enum<E>> E constant(JsonNode node, String field, Class<E> type) {
    try {
      return FieldText.constant(text(node, field), type);
    } catch (InvalidValueException e) {
      throw new IllegalArgumentException("field " + field + ": " + e.getMessage(), e);
    }
  }

  private static Optional<LocalDate> date(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    try {
      return Optional.of(FieldText.isoDate(value.asText().strip()));
    } catch (InvalidValueException e) {
      throw new IllegalArgumentException("field " + field + ": " + e.getMessage(), e);
    }
  }

  /** The file the book was read from. */
  public String source() {
    return source;
  }

  /** The rules that loaded, in file order. */
  public List<Rule> rules() {
    return rules.stream().map(CompiledRule::rule).toList();
  }

  /** The rules that did not load, with the reason. */
  public List<RuleProblem> problems() {
    return problems;
  }

  public int size() {
    return rules.size();
  }

  List<CompiledRule> compiled() {
    return rules;
  }

  /** A rule with its checked, planned expression; programs are immutable and thread-safe. */
  record CompiledRule(Rule rule, CelRuntime.Program program) {}
}
