package dev.assay.license;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.assay.declaration.CountryCode;
import dev.assay.declaration.EndUse;
import dev.assay.declaration.Exporter;
import dev.assay.declaration.HsCode;
import dev.assay.declaration.InvalidValueException;
import dev.assay.declaration.Party;
import dev.assay.declaration.UnifiedSocialCreditCode;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an application from a YAML (or JSON) file, as an exporter files it (docs/licensing.md shows
 * the format). The result is a draft; submitting it is a step of its own.
 */
public final class ApplicationFile {
  private ApplicationFile() {}

  /**
   * Reads one application.
   *
   * @throws LicensingException naming the file and field of the first problem
   */
  public static Application read(String name, String text, Instant createdAt) {
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(text);
    } catch (IOException e) {
      throw new LicensingException(name + ": not YAML or JSON: " + e.getMessage());
    }
    if (root == null || !root.isObject()) {
      throw new LicensingException(name + ": an application file is one YAML mapping");
    }
    Fields f = new Fields(name);
    List<ApplicationItem> items = new ArrayList<>();
    int n = 0;
    for (JsonNode item : root.path("items")) {
      n++;
      String at = "items[" + n + "].";
      String controlCode = item.path("control_code").asText("");
      try {
        items.add(
            new ApplicationItem(
                item.path("item_no").asInt(n),
                controlCode.isBlank() ? Optional.empty() : Optional.of(controlCode.strip()),
                f.hs(item, at + "hs_code"),
                f.text(item, at + "description"),
                f.decimal(item, at + "quantity"),
                f.text(item, at + "unit"),
                f.decimal(item, at + "value_usd")));
      } catch (IllegalArgumentException e) {
        throw new LicensingException(name + ", " + at + ": " + e.getMessage());
      }
    }
    Set<DocumentKind> documents = EnumSet.noneOf(DocumentKind.class);
    for (JsonNode doc : root.path("documents")) {
      documents.add(f.constant(doc, "documents", DocumentKind.class));
    }
    try {
      return Application.draft(
          f.text(root, "id"),
          new Exporter(f.creditCode(root, "exporter.id"), f.text(root, "exporter.name")),
          f.constant(f.node(root, "license_type"), "license_type", LicenseType.class),
          items,
          f.party(root, "consignee"),
          f.party(root, "end_user"),
          root.path("end_use").asText(""),
          root.path("end_use_category").isMissingNode()
              ? EndUse.UNSPECIFIED
              : f.constant(root.path("end_use_category"), "end_use_category", EndUse.class),
          f.country(root, "destination"),
          documents,
          createdAt);
    } catch (IllegalArgumentException e) {
      throw new LicensingException(name + ": " + e.getMessage());
    }
  }

  /** Typed fields with errors that name the file and the field's path. */
  private record Fields(String file) {
    JsonNode node(JsonNode root, String path) {
      // Item fields are looked up on the item node itself; the path only names them in errors.
      JsonNode node = root;
      for (String part : path.split("\\.")) {
        if (!part.startsWith("items[")) {
          node = node.path(part);
        }
      }
      if (node.isMissingNode() || node.isNull() || node.asText("").isBlank()) {
        throw error(path, "required");
      }
      return node;
    }

    LicensingException error(String path, String reason) {
      return new LicensingException(file + ", field " + path + ": " + reason);
    }

    String text(JsonNode root, String path) {
      return node(root, path).asText().strip();
    }

    HsCode hs(JsonNode root, String path) {
      try {
        return HsCode.parse(text(root, path));
      } catch (InvalidValueException e) {
        throw error(path, e.reason());
      }
    }

    BigDecimal decimal(JsonNode root, String path) {
      String text = text(root, path);
      try {
        return new BigDecimal(text);
      } catch (NumberFormatException e) {
        throw error(path, "not a number: '" + text + "'");
      }
    }

    UnifiedSocialCreditCode creditCode(JsonNode root, String path) {
      try {
        return UnifiedSocialCreditCode.parse(text(root, path));
      } catch (InvalidValueException e) {
        throw error(path, e.reason());
      }
    }

    CountryCode country(JsonNode root, String path) {
      try {
        return CountryCode.parse(text(root, path));
      } catch (InvalidValueException e) {
        throw error(path, e.reason());
      }
    }

    Party party(JsonNode root, String path) {
      return new Party(
          text(root, path + ".name"),
          country(root, path + ".country"),
          root.path(path).path("address").asText(""));
    }

    <E extends Enum<E>> E constant(JsonNode node, String path, Class<E> type) {
      String text = node.asText("").strip().toUpperCase(Locale.ROOT);
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equals(text)) {
          return constant;
        }
      }
      throw error(
          path,
          "'"
              + node.asText()
              + "' is not one of "
              + String.join(
                  ", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
    }
  }
}
