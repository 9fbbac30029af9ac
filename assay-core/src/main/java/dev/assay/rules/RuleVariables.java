package dev.assay.rules;

import static dev.cel.common.types.SimpleType.BOOL;
import static dev.cel.common.types.SimpleType.DOUBLE;
import static dev.cel.common.types.SimpleType.INT;
import static dev.cel.common.types.SimpleType.STRING;

import com.google.common.collect.ImmutableCollection;
import com.google.common.collect.ImmutableList;
import dev.assay.declaration.CountryCode;
import dev.assay.declaration.Declaration;
import dev.assay.declaration.Party;
import dev.assay.rules.RuleFacts.LineFacts;
import dev.cel.common.types.CelType;
import dev.cel.common.types.CelTypeProvider;
import dev.cel.common.types.ListType;
import dev.cel.common.types.StructType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The variables a rule can read, with their CEL types: {@code declaration} (the declaration and its
 * totals), {@code lines} (its goods lines with their control-list determination) and {@code
 * history} (what this screen saw before it). docs/rules.md lists them for analysts; a test keeps
 * the two in step.
 */
final class RuleVariables {
  static final String DECLARATION = "declaration";
  static final String LINES = "lines";
  static final String HISTORY = "history";

  private static final ListType STRINGS = ListType.create(STRING);

  static final Map<String, Field<RuleFacts>> DECLARATION_FIELDS =
      fields(
          List.of(
              field("id", STRING, f -> d(f).id()),
              field("date", STRING, f -> d(f).declaredAt().toString()),
              field("as_of", STRING, f -> f.enriched.asOf().toString()),
              field("office", STRING, f -> d(f).customsOffice()),
              field("exporter_code", STRING, f -> d(f).exporter().code().value()),
              field("exporter_name", STRING, f -> d(f).exporter().name()),
              field("consignee_name", STRING, f -> d(f).consignee().name()),
              field("consignee_country", STRING, f -> country(d(f).consignee())),
              field("consignee_address", STRING, f -> d(f).consignee().address()),
              field(
                  "end_user_name",
                  STRING,
                  f -> d(f).endUser() == null ? "" : d(f).endUser().name()),
              field("end_user_country", STRING, f -> country(d(f).endUser())),
              field("destination", STRING, f -> d(f).destination().value()),
              field(
                  "transit",
                  STRINGS,
                  f -> d(f).transitCountries().stream().map(CountryCode::value).toList()),
              field("transport_mode", STRING, f -> d(f).transport().mode().name()),
              field("containers", INT, f -> (long) d(f).transport().containerCount()),
              field("gross_kg", DOUBLE, f -> d(f).transport().grossWeightKg()),
              field("end_use", STRING, f -> d(f).endUse().name()),
              field("line_count", INT, f -> (long) d(f).lines().size()),
              field("total_net_kg", DOUBLE, f -> d(f).totalNetWeightKg()),
              field("total_value_usd", DOUBLE, f -> d(f).totalValueUsd()),
              field("controlled_lines", INT, RuleFacts::controlledLines),
              field("controlled_net_kg", DOUBLE, f -> f.controlledSum(false)),
              field("controlled_value_usd", DOUBLE, f -> f.controlledSum(true)),
              field("minerals", STRINGS, RuleFacts::controlledMinerals),
              field("measures", STRINGS, RuleFacts::measureIds)));

  static final Map<String, Field<LineFacts>> LINE_FIELDS =
      fields(
          List.of(
              field("line_no", INT, l -> (long) l.line().lineNo()),
              field("hs_code", STRING, l -> l.line().hsCode().value()),
              field("description", STRING, l -> l.line().description()),
              field("quantity", DOUBLE, l -> l.line().quantity()),
              field("unit", STRING, l -> l.line().unit()),
              field("net_kg", DOUBLE, l -> l.line().netWeightKg()),
              field("value_usd", DOUBLE, l -> l.line().valueUsd()),
              field("value_per_kg", DOUBLE, l -> l.line().valuePerKg()),
              field("license_no", STRING, l -> l.line().licenseNo().orElse("")),
              field("controlled", BOOL, l -> l.determination().controlled()),
              field("verdict", STRING, l -> l.determination().verdict().name()),
              field("mineral", STRING, l -> RuleFacts.mineral(l.determination()).orElse("")),
              field("measures", STRINGS, LineFacts::measureIds),
              field("named_minerals", STRINGS, LineFacts::namedMinerals),
              field("lookalike_of", STRINGS, LineFacts::lookalikeOf)));

  static final Map<String, Field<History.Reading>> HISTORY_FIELDS =
      fields(
          List.of(
              field("exporter_declarations", INT, History.Reading::exporterDeclarations),
              field(
                  "exporter_controlled_declarations",
                  INT,
                  History.Reading::exporterControlledDeclarations),
              field(
                  "exporter_shipped_to_destination",
                  BOOL,
                  History.Reading::exporterShippedToDestination),
              field("consignee_declarations", INT, History.Reading::consigneeDeclarations)));

  static final StructType DECLARATION_TYPE = struct("assay.Declaration", DECLARATION_FIELDS);
  static final StructType LINE_TYPE = struct("assay.Line", LINE_FIELDS);
  static final StructType HISTORY_TYPE = struct("assay.History", HISTORY_FIELDS);
  static final ListType LINES_TYPE = ListType.create(LINE_TYPE);

  /** The struct types, for the checker. */
  static final CelTypeProvider TYPES =
      new CelTypeProvider() {
        private final ImmutableList<CelType> types =
            ImmutableList.of(DECLARATION_TYPE, LINE_TYPE, HISTORY_TYPE);

        @Override
        public ImmutableCollection<CelType> types() {
          return types;
        }

        @Override
        public Optional<CelType> findType(String typeName) {
          return types.stream().filter(t -> t.name().equals(typeName)).findFirst();
        }
      };

  private RuleVariables() {}

  private static Declaration d(RuleFacts facts) {
    return facts.enriched.declaration();
  }

  private static String country(Party party) {
    return party == null || party.country() == null ? "" : party.country().value();
  }

  private static <T> Field<T> field(String name, CelType type, Function<T, Object> read) {
    return new Field<>(name, type, read);
  }

  private static <T> Map<String, Field<T>> fields(List<Field<T>> list) {
    Map<String, Field<T>> byName = new LinkedHashMap<>();
    list.forEach(f -> byName.put(f.name(), f));
    return java.util.Collections.unmodifiableMap(byName);
  }

  private static <T> StructType struct(String name, Map<String, Field<T>> fields) {
    return StructType.create(
        name,
        com.google.common.collect.ImmutableSet.copyOf(fields.keySet()),
        fieldName -> Optional.ofNullable(fields.get(fieldName)).map(Field::type));
  }
}
