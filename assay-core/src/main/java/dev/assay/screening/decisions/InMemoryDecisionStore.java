package dev.assay.screening.decisions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Decisions kept in memory only: for screening without a store, and for tests. */
public class InMemoryDecisionStore implements DecisionStore {
  private final List<Decision> all = new ArrayList<>();
  private final Map<String, List<Decision>> byPair = new HashMap<>();

  @Override
  public synchronized void record(Decision decision) {
    remember(decision);
  }

  /** Adds a decision to the in-memory view without persisting it (used when loading). */
  protected final synchronized void remember(Decision decision) {
    all.add(decision);
    byPair
        .computeIfAbsent(pair(decision.partyKey(), decision.entryKey()), k -> new ArrayList<>())
        .add(decision);
  }

  @Override
  public synchronized List<Decision> history(String partyKey, String entryKey) {
    return List.copyOf(byPair.getOrDefault(pair(partyKey, entryKey), List.of()));
  }

  @Override
  public synchronized List<Decision> all() {
    return List.copyOf(all);
  }

  private static String pair(String partyKey, String entryKey) {
    return partyKey + "\u0000" + entryKey;
  }
}
