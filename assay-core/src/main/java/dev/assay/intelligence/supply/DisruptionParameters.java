package dev.assay.intelligence.supply;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parameters of one mineral's disruption estimate (shipped in {@code
 * intelligence/disruption-parameters.csv}): every one the model needs, or the load fails.
 */
public record DisruptionParameters(String mineral, Map<String, Parameter> values) {

  public static final List<String> NAMES =
      List.of(
          "world_supply_t",
          "china_share",
          "china_export_share",
          "price_usd_per_t",
          "target_consumption_t",
          "demand_elasticity",
          "rest_supply_elasticity",
          "max_price_multiple",
          "value_multiplier");

  public DisruptionParameters {
    values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    for (String name : NAMES) {
      if (!values.containsKey(name)) {
        throw new IllegalArgumentException(mineral + ": parameter " + name + " is missing");
      }
    }
  }

  public double value(String name) {
    Parameter p = values.get(name);
    if (p == null) {
      throw new IllegalArgumentException("no parameter " + name);
    }
    return p.value();
  }

  public DisruptionParameters with(String name, double value) {
    Map<String, Parameter> copy = new LinkedHashMap<>(values);
    copy.put(name, values.get(name).with(value));
    return new DisruptionParameters(mineral, copy);
  }

  /** Every mineral's parameters as shipped. */
  public static Map<String, DisruptionParameters> bundled() {
    record Row(String mineral, Parameter parameter) {}
    List<Row> rows =
        ReferenceCsv.read(
            "intelligence/disruption-parameters.csv",
            r -> {
              String name = r.getField("parameter");
              if (!Set.copyOf(NAMES).contains(name)) {
                throw new IllegalArgumentException("unknown parameter " + name);
              }
              return new Row(
                  r.getField("mineral"),
                  new Parameter(
                      name,
                      Double.parseDouble(r.getField("value")),
                      Double.parseDouble(r.getField("low")),
                      Double.parseDouble(r.getField("high")),
                      r.getField("unit"),
                      r.getField("source"),
                      r.getField("confidence"),
                      r.getField("note")));
            });
    Map<String, Map<String, Parameter>> byMineral = new LinkedHashMap<>();
    for (Row row : rows) {
      byMineral
          .computeIfAbsent(row.mineral(), k -> new LinkedHashMap<>())
          .put(row.parameter().name(), row.parameter());
    }
    Map<String, DisruptionParameters> result = new LinkedHashMap<>();
    byMineral.forEach((m, v) -> result.put(m, new DisruptionParameters(m, v)));
    return result;
  }

  public List<Parameter> list() {
    return new ArrayList<>(values.values());
  }
}
