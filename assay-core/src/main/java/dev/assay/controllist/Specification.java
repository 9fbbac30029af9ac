package dev.assay.controllist;

import dev.assay.controllist.Limit.Reading;
import dev.assay.controllist.Limit.Side;
import dev.assay.lexicon.StatedFigures;
import java.util.List;

/**
 * What a goods description states about an item's technical threshold, read limit by limit: the
 * goods are {@link Side#WITHIN} when a stated figure meets a limit and none is stated outside
 * another, {@link Side#OUTSIDE} when a stated figure fails a limit (the goods cannot be the item,
 * if the description is true), {@link Side#UNSTATED} otherwise. An item without limits is always
 * unstated: its threshold is text only.
 */
public record Specification(Side side, List<Reading> readings) {
  public static final Specification UNSTATED = new Specification(Side.UNSTATED, List.of());

  public Specification {
    readings = List.copyOf(readings);
  }

  /** Reads a description against the item's limits. */
  public static Specification of(ControlledItem item, String description) {
    if (item.limits().isEmpty()) {
      return UNSTATED;
    }
    List<StatedFigures.Figure> figures = StatedFigures.read(description);
    if (figures.isEmpty()) {
      return UNSTATED;
    }
    List<Reading> readings = item.limits().stream().map(limit -> limit.read(figures)).toList();
    Side side = Side.UNSTATED;
    for (Reading reading : readings) {
      if (reading.side() == Side.OUTSIDE) {
        side = Side.OUTSIDE;
        break;
      }
      if (reading.side() == Side.WITHIN) {
        side = Side.WITHIN;
      }
    }
    return new Specification(side, readings);
  }

  /** The readings on the given side, described for evidence and notes. */
  public List<String> stated(Side on) {
    return readings.stream().filter(r -> r.side() == on).map(Reading::describe).toList();
  }

  /** {@link #stated} as one text for a message: the readings joined with "; ". */
  public String statedText(Side on) {
    return String.join("; ", stated(on));
  }
}
