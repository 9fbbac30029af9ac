package dev.assay.controllist;

import dev.assay.lexicon.StatedFigures;
import dev.assay.lexicon.StatedFigures.Figure;
import dev.assay.lexicon.StatedFigures.Quantity;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One condition of an item's technical threshold in a form a stated figure can be read against,
 * written in the measure file as {@code "LABEL OP VALUE UNIT"}: {@code "Mo|钼 >= 97 %"}, {@code
 * "particle size <= 50 um"}, {@code "density > 1.73 g/cm3"}, {@code "flexural|抗折 > 30 MPa"}. The
 * unit says what is measured; for a percentage the labels (separated by {@code |}) are the symbols
 * and names a content may be written under, besides a bare figure and the words for purity; for a
 * strength they are the words that say which one.
 *
 * @param text the limit for reports, with its first label: "W >= 97 %"
 */
public record Limit(Quantity quantity, List<String> labels, Op op, double value, String text) {

  /** How a figure must compare with the value to meet the limit. */
  public enum Op {
    AT_LEAST(">="),
    ABOVE(">"),
    AT_MOST("<="),
    BELOW("<");

    final String symbol;

    Op(String symbol) {
      this.symbol = symbol;
    }
  }

  /** Where the figures a description states put the goods with respect to one limit. */
  public enum Side {
    /** A stated figure meets the limit. */
    WITHIN,
    /** Figures are stated, and none can meet it. */
    OUTSIDE,
    /** Nothing stated decides it. */
    UNSTATED
  }

  /** What one limit made of a description: its side and the figure that decided it. */
  public record Reading(Limit limit, Side side, String figure) {
    /** For evidence: "D50 40 um (limit particle size <= 50 um)". */
    public String describe() {
      return figure + " (limit " + limit.text() + ")";
    }
  }

  private static final Pattern FORM =
      Pattern.compile(
          "(?<label>.+?)\\s*(?<op><=|>=|<|>)\\s*(?<value>\\d+(?:\\.\\d+)?)\\s*(?<unit>%|um|mm|g/cm3|MPa)");

  /** Words under which a figure is the goods' own purity, whatever the item. */
  private static final List<String> PURITY_WORDS =
      List.of("purity", "assay", "content", "grade", "纯度", "含量", "品位");

  public Limit {
    labels = List.copyOf(labels);
  }

  /**
   * Reads a limit as written in a measure file.
   *
   * @throws IllegalArgumentException naming what is wrong with the text
   */
  public static Limit parse(String text) {
    Matcher m = FORM.matcher(text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "not a limit of the form 'LABEL OP VALUE UNIT' (OP one of >=, >, <=, <; UNIT one of %,"
              + " um, mm, g/cm3, MPa): '"
              + text
              + "'");
    }
    String label = m.group("label").strip();
    Op op =
        switch (m.group("op")) {
          case ">=" -> Op.AT_LEAST;
          case ">" -> Op.ABOVE;
          case "<=" -> Op.AT_MOST;
          default -> Op.BELOW;
        };
    double value = Double.parseDouble(m.group("value"));
    boolean diameter = label.toLowerCase(Locale.ROOT).contains("diameter");
    Quantity quantity =
        switch (m.group("unit")) {
          case "%" -> Quantity.PERCENT;
          case "um" -> diameter ? Quantity.DIAMETER_MM : Quantity.PARTICLE_SIZE_UM;
          case "mm" -> Quantity.DIAMETER_MM;
          case "g/cm3" -> Quantity.DENSITY_G_CM3;
          default -> Quantity.STRENGTH_MPA;
        };
    if (quantity == Quantity.DIAMETER_MM && m.group("unit").equals("um")) {
      value = value / 1000;
    }
    List<String> labels =
        Arrays.stream(label.split("\\|")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    // Reports show the first label only: "W >= 97 %", not every spelling it may be written in.
    String shown =
        labels.getFirst() + " " + m.group("op") + " " + m.group("value") + " " + m.group("unit");
    return new Limit(quantity, labels, op, value, shown);
  }

  /** Where the stated figures put the goods with respect to this limit. */
  public Reading read(List<Figure> figures) {
    Figure outside = null;
    for (Figure figure : figures) {
      if (figure.quantity() != quantity || !speaksOf(figure)) {
        continue;
      }
      if (contains(figure.low()) && contains(figure.high())) {
        return new Reading(this, Side.WITHIN, figure.text());
      }
      if (outside == null && disjoint(figure)) {
        outside = figure;
      }
    }
    return outside == null
        ? new Reading(this, Side.UNSTATED, null)
        : new Reading(this, Side.OUTSIDE, outside.text());
  }

  /** Reads the description's figures against this limit. */
  public Reading read(String description) {
    return read(StatedFigures.read(description));
  }

  /**
   * Whether the figure is about what the limit measures: a percentage under another substance's
   * symbol ("Dy 2.1%" for a tungsten content) is not; a strength must name its kind.
   */
  private boolean speaksOf(Figure figure) {
    return switch (quantity) {
      case PERCENT -> {
        String label = figure.label();
        if (label.isEmpty() || anyLabel(label) || PURITY_WORDS.stream().anyMatch(label::contains)) {
          yield true;
        }
        boolean han = label.codePoints().anyMatch(c -> c > 0x2E80);
        yield !han && !StatedFigures.Labels.formula(label);
      }
      case STRENGTH_MPA -> anyLabel(figure.words());
      default -> true;
    };
  }

  private boolean anyLabel(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String label : labels) {
      String l = label.toLowerCase(Locale.ROOT);
      if (lower.equals(l) || (l.codePoints().anyMatch(c -> c > 0x2E80) && lower.contains(l))) {
        return true;
      }
      if (quantity == Quantity.STRENGTH_MPA && lower.contains(l)) {
        return true;
      }
    }
    return false;
  }

  private boolean contains(double x) {
    return switch (op) {
      case AT_LEAST -> x >= value;
      case ABOVE -> x > value;
      case AT_MOST -> x <= value;
      case BELOW -> x < value;
    };
  }

  /** Whether no value of the figure's range can meet the limit. */
  private boolean disjoint(Figure figure) {
    return switch (op) {
      case AT_LEAST, ABOVE -> !contains(figure.high());
      case AT_MOST, BELOW -> !contains(figure.low());
    };
  }
}
