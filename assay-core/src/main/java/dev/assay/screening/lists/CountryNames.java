package dev.assay.screening.lists;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Country names as sanctions lists write them ("Russia", "Korea, North", "Iran (Islamic Republic
 * of)") to ISO 3166-1 alpha-2 codes. The JDK's English country names, plus the forms lists use that
 * differ from them.
 */
final class CountryNames {
  private static final Map<String, String> CODES = new HashMap<>();

  static {
    for (String code : Locale.getISOCountries()) {
      CODES.put(key(Locale.of("", code).getDisplayCountry(Locale.ENGLISH)), code);
      CODES.put(key(code), code);
    }
    String[][] extra = {
      {"russia", "RU"},
      {"russian federation", "RU"},
      {"iran", "IR"},
      {"iran (islamic republic of)", "IR"},
      {"iran, islamic republic of", "IR"},
      {"korea, north", "KP"},
      {"north korea", "KP"},
      {"democratic people's republic of korea", "KP"},
      {"korea, democratic people's republic of", "KP"},
      {"dprk", "KP"},
      {"korea, south", "KR"},
      {"south korea", "KR"},
      {"republic of korea", "KR"},
      {"syria", "SY"},
      {"syrian arab republic", "SY"},
      {"united states", "US"},
      {"united states of america", "US"},
      {"usa", "US"},
      {"uk", "GB"},
      {"united kingdom", "GB"},
      {"united kingdom of great britain and northern ireland", "GB"},
      {"burma", "MM"},
      {"venezuela", "VE"},
      {"bolivarian republic of venezuela", "VE"},
      {"china", "CN"},
      {"people's republic of china", "CN"},
      {"hong kong", "HK"},
      {"taiwan", "TW"},
      {"vietnam", "VN"},
      {"viet nam", "VN"},
      {"laos", "LA"},
      {"moldova", "MD"},
      {"czech republic", "CZ"},
      {"turkey", "TR"},
      {"turkiye", "TR"},
      {"türkiye", "TR"},
      {"belarus", "BY"},
      {"congo, democratic republic of the", "CD"},
      {"democratic republic of the congo", "CD"},
      {"united arab emirates", "AE"},
      {"uae", "AE"},
      {"palestinian", "PS"},
      {"crimea region of ukraine", "UA"},
      {"region: crimea", "UA"},
    };
    for (String[] e : extra) {
      CODES.put(key(e[0]), e[1]);
    }
  }

  private CountryNames() {}

  static Optional<String> code(String name) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    return Optional.ofNullable(CODES.get(key(name)));
  }

  private static String key(String name) {
    return name.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }
}
