package dev.assay.screening;

import java.util.Objects;

/**
 * One name of a list entry as the list writes it, in its own script. A Chinese name and its English
 * name are two names of one entry: either one finds the entry.
 *
 * @param language a BCP 47 tag where the list says or the script implies it ("zh", "en", "ru"), or
 *     empty when unknown
 */
public record PartyName(String text, NameType type, String language) {
  public PartyName {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    // Lists wrap long names over lines ("GENERAL DYNAMICS\nORDNANCE"); a line break, tab or run of
    // blanks inside a name is one blank.
    text = text.strip().replaceAll("\\s+", " ");
    language = language == null ? "" : language;
    if (text.isEmpty()) {
      throw new IllegalArgumentException("a party name cannot be blank");
    }
  }

  public static PartyName primary(String text, String language) {
    return new PartyName(text, NameType.PRIMARY, language);
  }

  public static PartyName alias(String text, String language) {
    return new PartyName(text, NameType.ALIAS, language);
  }
}
