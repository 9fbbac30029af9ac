package dev.assay.controllist;

import java.util.Set;

/**
 * Which controlled items a destination-specific clause reaches: every dual-use item (any item that
 * an item measure in force controls that day), or the items of some minerals only.
 */
public record ItemScope(boolean everyDualUseItem, Set<String> minerals) {

  public static final ItemScope EVERY_DUAL_USE_ITEM = new ItemScope(true, Set.of());

  public ItemScope {
    minerals = Set.copyOf(minerals);
    if (everyDualUseItem == !minerals.isEmpty()) {
      throw new IllegalArgumentException("either every dual-use item or a non-empty mineral list");
    }
  }

  public static ItemScope minerals(Set<String> minerals) {
    return new ItemScope(false, minerals);
  }

  public boolean reaches(ControlledItem item) {
    return everyDualUseItem || minerals.contains(item.mineral());
  }
}
