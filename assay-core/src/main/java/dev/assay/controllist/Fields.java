package dev.assay.controllist;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One YAML mapping of a control-list file, read field by field. Every error it raises names the
 * file and the field's path (such as {@code items[2].hs[0]}), because the people who edit these
 * files are officers, not programmers.
 */
final class Fields {
  private final String file;
  private final String path;
  private final JsonNode node;

  Fields(String file, String path, JsonNode node) {
    this.file = file;
    this.path = path;
    this.node = node;
    if (node == null || !node.isObject()) {
      throw new ControlListException(file, path.isEmpty() ? "(top)" : path, "expected a mapping");
    }
  }

  String file() {
    return file;
  }

  String pathOf(String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  ControlListException error(String name, String problem) {
    return new ControlListException(file, pathOf(name), problem);
  }

  /** Rejects fields this mapping does not know, so that a misspelt field is not silently lost. */
  void allowOnly(Set<String> names) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!names.contains(name)) {
        throw error(name, "unknown field (known: " + String.join(", ", sorted(names)) + ")");
      }
    }
  }

  boolean has(String name) {
    JsonNode value = node.get(name);
    return value != null && !value.isNull();
  }

  JsonNode raw(String name) {
    return node.get(name);
  }

  String text(String name) {
    return optionalText(name).orElseThrow(() -> error(name, "missing"));
  }

  Optional<String> optionalText(String name) {
    if (!has(name)) {
      return Optional.empty();
    }
    JsonNode value = node.get(name);
    if (!value.isValueNode()) {
      throw error(name, "expected a single value");
    }
    String text = value.asText().strip();
    if (text.isEmpty()) {
      throw error(name, "empty");
    }
    return Optional.of(text);
  }

  LocalDate date(String name) {
    return optionalDate(name).orElseThrow(() -> error(name, "missing"));
  }

  Optional<LocalDate> optionalDate(String name) {
    return optionalText(name).map(text -> parseDate(name, text));
  }

  private LocalDate parseDate(String name, String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw error(name, "not a date: '" + text + "' (write YYYY-MM-DD)");
    }
  }

  boolean bool(String name, boolean absent) {
    if (!has(name)) {
      return absent;
    }
    JsonNode value = node.get(name);
    if (!value.isBoolean()) {
      throw error(name, "expected true or false, got '" + value.asText() + "'");
    }
    return value.booleanValue();
  }

  <E extends Enum<E>> E enumValue(String name, Class<E> type, E absent) {
    if (!has(name)) {
      if (absent == null) {
        throw error(name, "missing");
      }
      return absent;
    }
    String text = text(name);
    try {
      return Enum.valueOf(type, text.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      List<String> allowed = new ArrayList<>();
      for (E constant : type.getEnumConstants()) {
        allowed.add(constant.name());
      }
      throw error(name, "'" + text + "' is not one of " + allowed);
    }
  }

  /** A list of texts; a single value is read as a list of one. */
  List<String> texts(String name, boolean required) {
    if (!has(name)) {
      if (required) {
        throw error(name, "missing");
      }
      return List.of();
    }
    JsonNode value = node.get(name);
    List<String> texts = new ArrayList<>();
    if (value.isValueNode()) {
      texts.add(value.asText().strip());
    } else if (value.isArray()) {
      for (JsonNode element : value) {
        if (!element.isValueNode()) {
          throw error(name + "[" + texts.size() + "]", "expected a single value");
        }
        texts.add(element.asText().strip());
      }
    } else {
      throw error(name, "expected a value or a list of values");
    }
    for (int i = 0; i < texts.size(); i++) {
      if (texts.get(i).isEmpty()) {
        throw error(name + "[" + i + "]", "empty");
      }
    }
    if (required && texts.isEmpty()) {
      throw error(name, "empty list");
    }
    return texts;
  }

  /** The elements of a list field, as raw nodes with their paths. */
  List<Element> elements(String name) {
    if (!has(name)) {
      return List.of();
    }
    JsonNode value = node.get(name);
    if (!value.isArray()) {
      throw error(name, "expected a list");
    }
    List<Element> elements = new ArrayList<>();
    for (JsonNode element : value) {
      elements.add(new Element(pathOf(name) + "[" + elements.size() + "]", element));
    }
    return elements;
  }

  /** The elements of a list field that must all be mappings. */
  List<Fields> mappings(String name) {
    return elements(name).stream().map(e -> new Fields(file, e.path(), e.node())).toList();
  }

  /** One element of a list, with its path for error messages. */
  record Element(String path, JsonNode node) {}

  private static List<String> sorted(Set<String> names) {
    return names.stream().sorted().toList();
  }
}
