package dev.assay.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads element symbols out of the formulas and alloy notations written in goods descriptions:
 * {@code GaAs}, {@code Sn42Bi58}, {@code Dy2O3}, {@code W-Ni-Fe}. A token is a formula only if it
 * is made of element symbols and amounts alone and looks like chemistry (two elements, or an
 * amount, and a lower-case letter or a digit), so that capitalised words such as "WIN" are not read
 * as tungsten, iodine and nitrogen.
 */
final class ChemicalFormulas {
  private static final Set<String> ELEMENTS =
      Set.of(
          "H", "He", "Li", "Be", "B", "C", "N", "O", "F", "Ne", "Na", "Mg", "Al", "Si", "P", "S",
          "Cl", "Ar", "K", "Ca", "Sc", "Ti", "V", "Cr", "Mn", "Fe", "Co", "Ni", "Cu", "Zn", "Ga",
          "Ge", "As", "Se", "Br", "Kr", "Rb", "Sr", "Y", "Zr", "Nb", "Mo", "Tc", "Ru", "Rh", "Pd",
          "Ag", "Cd", "In", "Sn", "Sb", "Te", "I", "Xe", "Cs", "Ba", "La", "Ce", "Pr", "Nd", "Pm",
          "Sm", "Eu", "Gd", "Tb", "Dy", "Ho", "Er", "Tm", "Yb", "Lu", "Hf", "Ta", "W", "Re", "Os",
          "Ir", "Pt", "Au", "Hg", "Tl", "Pb", "Bi", "Po", "At", "Rn", "Fr", "Ra", "Ac", "Th", "Pa",
          "U", "Np", "Pu");

  private ChemicalFormulas() {}

  /**
   * The element symbols of a token if it reads as a formula or an alloy notation, else an empty
   * list.
   */
  static List<String> elements(String token) {
    if (token.indexOf('-') > 0) {
      return alloyNotation(token);
    }
    List<String> symbols = symbolsOf(token);
    if (symbols == null) {
      return List.of();
    }
    boolean amount = hasDigit(token);
    boolean chemistry = symbols.size() >= 2 || amount;
    boolean notShouting = amount || hasLowerCase(token);
    return chemistry && notShouting ? symbols : List.of();
  }

  /** Whether the token is exactly one element symbol, such as "Sb". */
  static boolean isElement(String token) {
    return ELEMENTS.contains(token);
  }

  /** "W-Ni-Fe", "Dy-NdFeB": two or more parts, each of them chemistry. */
  private static List<String> alloyNotation(String token) {
    List<String> symbols = new ArrayList<>(4);
    String[] parts = token.split("-");
    if (parts.length < 2) {
      return List.of();
    }
    for (String part : parts) {
      List<String> partSymbols = symbolsOf(part);
      if (partSymbols == null) {
        return List.of();
      }
      symbols.addAll(partSymbols);
    }
    return symbols;
  }

  /** The symbols of a token made only of element symbols and amounts, or null if it is not. */
  private static List<String> symbolsOf(String token) {
    List<String> found = new ArrayList<>(4);
    int i = 0;
    int n = token.length();
    while (i < n) {
      char c = token.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        if (i + 1 < n
            && Character.isLowerCase(token.charAt(i + 1))
            && ELEMENTS.contains(token.substring(i, i + 2))) {
          found.add(token.substring(i, i + 2));
          i += 2;
        } else if (ELEMENTS.contains(String.valueOf(c))) {
          found.add(String.valueOf(c));
          i++;
        } else {
          return null;
        }
      } else if ((Character.isDigit(c) || c == '.') && !found.isEmpty()) {
        i++;
      } else {
        return null;
      }
    }
    return found.isEmpty() ? null : found;
  }

  private static boolean hasDigit(String token) {
    for (int i = 0; i < token.length(); i++) {
      if (Character.isDigit(token.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasLowerCase(String token) {
    for (int i = 0; i < token.length(); i++) {
      if (Character.isLowerCase(token.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
