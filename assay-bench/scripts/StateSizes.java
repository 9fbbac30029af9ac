// What each piece of learned state holds after a screen (docs/performance.md, "Learned state and
// its bounds"): screens a file as `assay screen` sets it up, then walks the screener's objects by
// reflection and adds up, per collection, cache or graph held by a field of the engine's classes,
// the objects made since set-up that it reaches first (each object counted once; 12-byte headers,
// compressed references, 8-byte alignment). A scratch tool, not part of the build: it is in the
// command line's package to reach its set-up, so it runs from the class path, not as a source file:
//
//   javac -cp assay-cli/target/assay.jar -d /tmp/ss assay-bench/scripts/StateSizes.java
//   java -Xmx6g --add-opens java.base/java.lang=ALL-UNNAMED --add-opens java.base/java.util=ALL-UNNAMED \
//     --add-opens java.base/java.util.concurrent=ALL-UNNAMED --add-opens java.base/java.util.concurrent.atomic=ALL-UNNAMED \
//     --add-opens java.base/java.util.concurrent.locks=ALL-UNNAMED --add-opens java.base/java.time=ALL-UNNAMED \
//     --add-opens java.base/java.math=ALL-UNNAMED --add-opens java.base/java.util.regex=ALL-UNNAMED \
//     --add-opens java.base/java.nio=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow \
//     -cp /tmp/ss:assay-cli/target/assay.jar dev.assay.cli.StateSizes FILE.csv
package dev.assay.cli;

import dev.assay.declaration.Declaration;
import dev.assay.ingest.IngestListener;
import dev.assay.ingest.RecordError;
import dev.assay.risk.Screener;
import java.lang.reflect.*;
import java.util.*;
import picocli.CommandLine;

/** Screens a file, then the retained size of each learned state (reach(all) minus reach(all without it)). */
public class StateSizes {
  static final Set<String> ROOT_TYPES = Set.of(
      "dev.assay.risk.network.PartyNetwork", "dev.assay.risk.network.PartyKeys",
      "dev.assay.risk.profile.ExporterProfiles", "dev.assay.risk.profile.MineralTrades",
      "dev.assay.risk.transshipment.MineralParties", "dev.assay.risk.profile.BandBook",
      "dev.assay.risk.profile.ParcelShares", "dev.assay.risk.profile.TradedHeadings",
      "dev.assay.risk.transshipment.DestinationShares");
  static final Set<String> ROOT_FIELDS = Set.of("screened", "inspections", "raisedNames", "partyKeys", "cache", "determinations", "pendingKeys", "misdeclared");

  public static void main(String[] a) throws Exception {
    String file = a[0];
    CommandLine cl = Assay.commandLine();
    var pr = cl.parseArgs("screen", file, "-q", "-o", "/dev/null");
    ScreenCommand cmd = (ScreenCommand) pr.subcommand().commandSpec().userObject();
    var setup = cmd.screening.setup(cmd.screening.configuration().withModel(cmd.model.file), cmd.spec, false);
    Screener s = setup.screener();
    Set<Object> base = walk(s, null, null);
    System.out.printf("before screening: %,d objects %,d bytes%n", base.size(), size(base));
    long[] n = {0};
    DeclarationInput.read(file, null, new IngestListener() {
      public void accepted(Declaration d) { s.screen(d); n[0]++; }
      public void rejected(RecordError e) {}
    });
    System.gc();
    System.out.println("declarations " + n[0]);
    // roots: collections, caches and graphs held by fields of the engine's own classes
    Map<Object, String> roots = new IdentityHashMap<>(); List<Object> order = new ArrayList<>();
    walk(s, null, (o, holder, f) -> {
      String cn = o.getClass().getName();
      if (f != null && holder != null && holder.startsWith("dev.assay") && !cn.startsWith("dev.assay.declaration")
          && (o instanceof Map || o instanceof Collection || cn.contains("caffeine") || cn.contains("jgrapht") || cn.endsWith("PairSet")
              || (o.getClass().isArray() && !o.getClass().getComponentType().isPrimitive() && false)))
        if (roots.putIfAbsent(o, holder.substring(holder.lastIndexOf('.') + 1) + "." + f.getName()) == null) order.add(o);
    });
    List<String> first = List.of("PartyNetwork.recent", "PartyNetwork.linked", "PartyNetwork.graph", "PartyNetwork.ids", "PartyNetwork.edges", "PartyNetwork.marks");
    List<Map.Entry<Object, String>> ordered = new ArrayList<>(); for (Object o : order) ordered.add(Map.entry(o, roots.get(o)));
    ordered.sort(Comparator.comparingInt(e -> { int i = first.indexOf(e.getValue()); return i < 0 ? 99 : i; }));
    Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    long sum = 0;
    for (var e : ordered) {
      long ret = walkNew(e.getKey(), base, seen, roots);
      sum += ret;
      if (ret > 200_000) System.out.printf("%-50s new %,12d bytes entries %-10s %s%n", e.getValue(), ret, entries(e.getKey()), perEntry(ret, e.getKey()));
    }
    long rest = walkNew(s, base, seen, roots);
    System.out.printf("in the roots above %,d bytes; the rest of the screener %,d bytes%n", sum, rest);
  }

  static String perEntry(long bytes, Object o) {
    String n = entries(o);
    try { long k = Long.parseLong(n.replaceAll("^.*=", "")); return k > 0 ? (bytes / k) + " B/entry" : ""; } catch (Exception x) { return ""; }
  }

  /** Bytes of objects made since the base walk, reachable from start, not already counted; walks through base objects without counting them. */
  static long walkNew(Object start, Set<Object> base, Set<Object> seen, Map<Object, String> stops) {
    long bytes = 0;
    ArrayDeque<Object> q = new ArrayDeque<>();
    if (!seen.add(start)) return 0;
    q.add(start);
    while (!q.isEmpty()) {
      Object o = q.poll();
      if (!base.contains(o)) bytes += shallow(o);
      Class<?> c = o.getClass();
      if (c.isArray()) {
        if (!c.getComponentType().isPrimitive()) for (Object x : (Object[]) o) if (x != null && !skip(x) && !stops.containsKey(x) && seen.add(x)) q.add(x);
      } else for (Field f : fields(c)) {
        if (f.getType().isPrimitive()) continue;
        try { Object x = f.get(o); if (x != null && !skip(x) && !stops.containsKey(x) && seen.add(x)) q.add(x); } catch (Exception ex) {}
      }
    }
    return bytes;
  }

  static String entries(Object o) {
    try {
      if (o instanceof Map<?,?> m) return "" + m.size();
      if (o instanceof Collection<?> c) return "" + c.size();
      for (String mname : List.of("estimatedSize", "size", "partyCount", "nodeCount")) {
        try { Method m = o.getClass().getMethod(mname); m.setAccessible(true); return mname + "=" + m.invoke(o); } catch (NoSuchMethodException x) {}
      }
    } catch (Exception x) { return "?" + x; }
    return "?";
  }

  interface Visitor { void visit(Object o, String holderClass, Field f); }

  static final Map<Class<?>, List<Field>> FIELDS = new HashMap<>();
  static List<Field> fields(Class<?> c) {
    return FIELDS.computeIfAbsent(c, k -> {
      List<Field> out = new ArrayList<>();
      for (Class<?> x = k; x != null; x = x.getSuperclass())
        for (Field f : x.getDeclaredFields())
          if (!Modifier.isStatic(f.getModifiers())) { try { f.setAccessible(true); out.add(f); } catch (RuntimeException e) {} }
      return out;
    });
  }

  static boolean skip(Object o) {
    return o instanceof Class || o instanceof ClassLoader || o instanceof Thread || o instanceof java.lang.ref.Reference<?> || o.getClass().getName().startsWith("jdk.internal") || o instanceof java.security.ProtectionDomain || o.getClass().isHidden();
  }

  static Set<Object> walk(Object start, Object blocked, Visitor v) {
    Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>(1 << 22));
    ArrayDeque<Object[]> q = new ArrayDeque<>();
    q.add(new Object[]{start, null, null}); seen.add(start);
    while (!q.isEmpty()) {
      Object[] it = q.poll(); Object o = it[0];
      if (v != null) v.visit(o, (String) it[1], (Field) it[2]);
      Class<?> c = o.getClass();
      if (c.isArray()) {
        if (!c.getComponentType().isPrimitive()) for (Object x : (Object[]) o) push(x, seen, q, blocked, c.getName(), null);
      } else {
        for (Field f : fields(c)) {
          if (f.getType().isPrimitive()) continue;
          try { push(f.get(o), seen, q, blocked, c.getName(), f); } catch (Exception e) {}
        }
      }
    }
    return seen;
  }
  static void push(Object x, Set<Object> seen, ArrayDeque<Object[]> q, Object blocked, String holder, Field f) {
    if (x == null || x == blocked || skip(x) || !seen.add(x)) return;
    q.add(new Object[]{x, holder, f});
  }

  static long size(Set<Object> s) { long t = 0; for (Object o : s) t += shallow(o); return t; }
  static final Map<Class<?>, Long> SHALLOW = new HashMap<>();
  static long shallow(Object o) {
    Class<?> c = o.getClass();
    if (c.isArray()) {
      int len = Array.getLength(o); Class<?> t = c.getComponentType();
      int e = !t.isPrimitive() ? 4 : t == long.class || t == double.class ? 8 : t == int.class || t == float.class ? 4 : t == short.class || t == char.class ? 2 : 1;
      return align(16 + (long) len * e);
    }
    return SHALLOW.computeIfAbsent(c, k -> {
      long b = 12;
      for (Class<?> x = k; x != null; x = x.getSuperclass())
        for (Field f : x.getDeclaredFields()) {
          if (Modifier.isStatic(f.getModifiers())) continue;
          Class<?> t = f.getType();
          b += !t.isPrimitive() ? 4 : t == long.class || t == double.class ? 8 : t == int.class || t == float.class ? 4 : t == short.class || t == char.class ? 2 : 1;
        }
      return align(b);
    });
  }
  static long align(long b) { return (b + 7) & ~7L; }
}
