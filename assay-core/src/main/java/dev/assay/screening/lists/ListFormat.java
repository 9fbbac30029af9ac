package dev.assay.screening.lists;

import java.util.Locale;

/** The list file formats Assay imports, named as on the command line. */
public enum ListFormat {
  /** China's lists as Assay keeps them: one row per announcement about one entity. */
  CN_CSV("cn-csv"),
  /** OFAC's SDN list, legacy CSV: sdn.csv with alt.csv and add.csv, no header row, Latin-1. */
  OFAC_SDN("ofac-sdn"),
  /** The UN Security Council consolidated list, XML. */
  UN_XML("un-xml"),
  /** OpenSanctions entities, FollowTheMoney JSON, one entity a line. */
  FTM_JSON("ftm-json"),
  /** OpenSanctions' simple CSV (targets.simple.csv). */
  OPENSANCTIONS_CSV("opensanctions-csv"),
  /** The agency's own watch list, plain CSV. */
  WATCHLIST_CSV("watchlist-csv");

  private final String cliName;

  ListFormat(String cliName) {
    this.cliName = cliName;
  }

  public String cliName() {
    return cliName;
  }

  public static ListFormat parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    for (ListFormat f : values()) {
      if (f.cliName.equals(t) || f.name().equalsIgnoreCase(t)) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "unknown list format '"
            + text
            + "'; expected one of cn-csv, ofac-sdn, un-xml, ftm-json, opensanctions-csv, watchlist-csv");
  }

  @Override
  public String toString() {
    return cliName;
  }
}
