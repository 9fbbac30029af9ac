package dev.assay.rules;

import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A struct value as the CEL runtime selects from it: a map whose fields are read from the facts
 * only when an expression asks for them, so a rule that reads two fields costs two reads, not the
 * construction of every field.
 */
final class FactView<T> extends AbstractMap<String, Object> {
  private final Map<String, Field<T>> fields;
  private final T facts;

  FactView(Map<String, Field<T>> fields, T facts) {
    this.fields = fields;
    this.facts = facts;
  }

  @Override
  public Object get(Object key) {
    Field<T> field = fields.get(key);
    return field == null ? null : field.read().apply(facts);
  }

  @Override
  public boolean containsKey(Object key) {
    return fields.containsKey(key);
  }

  @Override
  public int size() {
    return fields.size();
  }

  /** Every field read; only for equality and printing, never on the evaluation path of a rule. */
  @Override
  public Set<Entry<String, Object>> entrySet() {
    Map<String, Object> all = new LinkedHashMap<>();
    fields.forEach((name, field) -> all.put(name, field.read().apply(facts)));
    return all.entrySet();
  }
}
