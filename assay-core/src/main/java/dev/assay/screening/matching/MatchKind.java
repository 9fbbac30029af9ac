package dev.assay.screening.matching;

/** How one word of the screened name matched one word of the listed name. */
public enum MatchKind {
  /** The same word. */
  EXACT,
  /** The same word once both are in Latin letters: 洛克 and "Luoke", Сибирь and "Sibir". */
  TRANSLITERATED,
  /** One is a shortening of the other: "Gen." and "General". */
  ABBREVIATION,
  /** One or two letters differ, are missing or swapped: "Lockhead" and "Lockheed". */
  TYPO,
  /** One given name in two languages: "John" and "Juan", "Giuseppe" and "Yusuf". */
  OTHER_LANGUAGE,
  /** One side is the initials of the other: "GDLS" and General Dynamics Land Systems. */
  INITIALS,
  /** The names match when written together: "IronMountain" and "Iron Mountain", 华为 and "Huawei". */
  SPACING
}
