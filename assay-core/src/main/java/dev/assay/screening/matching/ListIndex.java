package dev.assay.screening.matching;

import dev.assay.screening.ListedParty;
import dev.assay.screening.NameType;
import dev.assay.screening.PartyName;
import dev.assay.screening.RestrictedList;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The names of one version of one list, normalized and indexed for the matcher: what {@link
 * PartyMatcher} searches, one per list, so that each list gets its own share of candidates and a
 * large list cannot crowd a small one out.
 *
 * <p>Built in memory from a list, or written to a file at import ({@code assay lists import}) and
 * mapped back on every later command: opening a mapped index parses nothing (the key table is a
 * hash table inside the file, names are decoded when a query needs them, entries read from the
 * list's own file when a match needs them), so a command answers against 40,000 names in
 * milliseconds instead of normalizing and indexing them all again. A file whose stamp (format,
 * vocabulary, list file) does not match is not used.
 */
public final class ListIndex {
  private static final int MAGIC = 0x41535958; // "ASYX"
  private static final int FORMAT = 4;

  /** Reads the entry stored at an offset of the list's file; supplied by the list archive. */
  @FunctionalInterface
  public interface EntryReader {
    ListedParty read(long offset);
  }

  private final String listId;
  private final int names;
  private final int entryCount;
  private final CandidateIndex index;
  // In memory: all of it. Mapped: decoded on demand and kept (immutable records; a race decodes
  // twice and stores equal values).
  private final NormalizedName[] normalized;
  private final PartyName[] partyNames;
  private final int[] owner;
  private final ListedParty[] entries;
  private final String[] entryIds;
  private final int[] idPositions;
  private final ByteBuffer file;
  private final long[] entryOffsets;
  private final EntryReader reader;
  private final int namesAt;

  /** Kept from building only, for {@link #write}; null for a mapped index. */
  private final Map<String, int[]>[] keys;

  private ListIndex(String listId, List<ListedParty> list, NameNormalizer normalizer) {
    this.listId = listId;
    List<Integer> owners = new ArrayList<>();
    List<PartyName> names = new ArrayList<>();
    List<NormalizedName> norm = new ArrayList<>();
    List<List<String>> identifierKeys = new ArrayList<>();
    for (int e = 0; e < list.size(); e++) {
      ListedParty entry = list.get(e);
      List<String> ids = entry.identifiers().stream().map(PartyMatcher::identifierKey).toList();
      boolean japan = entry.countries().contains("JP");
      for (PartyName name : entry.names()) {
        NormalizedName n = normalizer.normalize(name.text());
        if (n.isEmpty()) {
          continue;
        }
        owners.add(e);
        names.add(name);
        norm.add(n);
        identifierKeys.add(ids);
        // A Japanese name is indexed a second time as read in Japanese, so that "Tanaka Yoshio"
        // finds 田中義雄 (the first reading is Mandarin pinyin, right only for Chinese names).
        if (NameNormalizer.readAsJapanese(name.text(), japan)) {
          var reading = normalizer.japaneseReading(name.text());
          if (reading.isPresent()) {
            owners.add(e);
            names.add(name);
            norm.add(reading.get());
            identifierKeys.add(ids);
          }
        }
      }
    }
    this.names = names.size();
    this.entryCount = list.size();
    this.owner = owners.stream().mapToInt(Integer::intValue).toArray();
    this.partyNames = names.toArray(PartyName[]::new);
    this.normalized = norm.toArray(NormalizedName[]::new);
    this.entries = list.toArray(ListedParty[]::new);
    this.entryIds = list.stream().map(ListedParty::id).toArray(String[]::new);
    this.idPositions = null;
    this.keys = CandidateIndex.keys(norm, identifierKeys);
    this.index = new CandidateIndex(this.names, KeyTable.of(keys));
    this.file = null;
    this.entryOffsets = null;
    this.reader = null;
    this.namesAt = 0;
  }

  /** The entries of a list, indexed in memory. */
  public static ListIndex build(RestrictedList list, NameNormalizer normalizer) {
    return new ListIndex(list.id(), list.entries(), normalizer);
  }

  /** Entries of any lists (one list id or several), indexed in memory as one. */
  public static ListIndex build(
      String label, List<ListedParty> entries, NameNormalizer normalizer) {
    return new ListIndex(label, entries, normalizer);
  }

  public String listId() {
    return listId;
  }

  /** How many names (all names of all entries) it indexes. */
  public int names() {
    return names;
  }

  public int entryCount() {
    return entryCount;
  }

  CandidateIndex index() {
    return index;
  }

  int owner(int alias) {
    return owner != null ? owner[alias] : file.getInt(nameRecord(alias));
  }

  NormalizedName normalized(int alias) {
    NormalizedName n = normalized[alias];
    if (n == null) {
      decodeName(alias);
      n = normalized[alias];
    }
    return n;
  }

  PartyName partyName(int alias) {
    PartyName n = partyNames[alias];
    if (n == null) {
      decodeName(alias);
      n = partyNames[alias];
    }
    return n;
  }

  public ListedParty entry(int e) {
    ListedParty p = entries[e];
    if (p == null) {
      p = reader.read(entryOffsets[e]);
      entries[e] = p;
    }
    return p;
  }

  /** Every entry, read when asked for (a mapped index reads them from the list file). */
  public List<ListedParty> entries() {
    List<ListedParty> all = new ArrayList<>(entryCount);
    for (int e = 0; e < entryCount; e++) {
      all.add(entry(e));
    }
    return all;
  }

  /** The entry with this id, if the list has it. */
  public Optional<ListedParty> entryById(String id) {
    for (int e = 0; e < entryCount; e++) {
      String entryId = entryIds != null ? entryIds[e] : strAt(file, idPositions[e]);
      if (entryId.equals(id)) {
        return Optional.of(entry(e));
      }
    }
    return Optional.empty();
  }

  // ---------------------------------------------------------------------------------------------
  // The file. Big-endian; strings are an unsigned 16-bit length and UTF-8 bytes.
  //
  //   int magic, int format, str stamp, str listId, int entries, int names, int capacity
  //   long[entries] offset of each entry in the list file
  //   int[entries]  position of each entry's id
  //   int[names]    position of each name's record
  //   int[capacity] hash slots: position of a key record, 0 when empty (linear probing)
  //   records: names (int owner, byte type, str language, str text, str compact,
  //            short n, str[n] ignored, short m, m x (str text, str written, str script, byte
  // flags)),
  //            ids (str), keys (str key, int n, int[n] postings)

  /**
   * Writes the index to a file (aside, then moved), for {@link #open}.
   *
   * @param stamp what the file must be opened with to be used: format, vocabulary, list file
   * @param entryOffsets where each entry starts in the list's file, in list order
   */
  public void write(Path target, String stamp, long[] entryOffsets) {
    if (keys == null) {
      throw new IllegalStateException("only an index built in memory can be written");
    }
    if (entryOffsets.length != entryCount) {
      throw new IllegalArgumentException("one offset per entry expected");
    }
    try {
      byte[] stampBytes = utf(stamp);
      byte[] idBytes = utf(listId);
      int keyCount = 0;
      for (Map<String, int[]> m : keys) {
        keyCount += m.size();
      }
      int capacity = Integer.highestOneBit(Math.max(16, keyCount * 2 - 1)) << 1;
      long header =
          4
              + 4
              + 2
              + stampBytes.length
              + 2
              + idBytes.length
              + 4
              + 4
              + 4
              + 8L * entryCount
              + 4L * entryCount
              + 4L * names
              + 4L * capacity;
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
      DataOutputStream body = new DataOutputStream(bytes);
      int[] namePos = new int[names];
      for (int a = 0; a < names; a++) {
        namePos[a] = position(header, body);
        writeName(body, a);
      }
      int[] idPos = new int[entryCount];
      for (int e = 0; e < entryCount; e++) {
        idPos[e] = position(header, body);
        writeStr(body, entryIds[e]);
      }
      int[] slots = new int[capacity];
      for (int kind = 0; kind < keys.length; kind++) {
        char letter = KeyTable.KINDS.charAt(kind);
        for (Map.Entry<String, int[]> k : keys[kind].entrySet()) {
          int pos = position(header, body);
          writeStr(body, letter + k.getKey());
          body.writeInt(k.getValue().length);
          for (int v : k.getValue()) {
            body.writeInt(v);
          }
          int slot = slot(KeyTable.hash(letter, k.getKey()), capacity);
          while (slots[slot] != 0) {
            slot = (slot + 1) & (capacity - 1);
          }
          slots[slot] = pos;
        }
      }
      body.flush();
      Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), ".index", ".tmp");
      try (DataOutputStream out =
          new DataOutputStream(
              new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        out.writeShort(stampBytes.length);
        out.write(stampBytes);
        out.writeShort(idBytes.length);
        out.write(idBytes);
        out.writeInt(entryCount);
        out.writeInt(names);
        out.writeInt(capacity);
        for (long o : entryOffsets) {
          out.writeLong(o);
        }
        for (int p : idPos) {
          out.writeInt(p);
        }
        for (int p : namePos) {
          out.writeInt(p);
        }
        for (int p : slots) {
          out.writeInt(p);
        }
        bytes.writeTo(out);
      }
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int position(long header, DataOutputStream body) {
    long pos = header + body.size();
    if (pos > Integer.MAX_VALUE) {
      throw new IllegalStateException("list index over 2 GB");
    }
    return (int) pos;
  }

  private void writeName(DataOutputStream out, int a) throws IOException {
    NormalizedName n = normalized[a];
    PartyName p = partyNames[a];
    out.writeInt(owner[a]);
    out.writeByte(p.type().ordinal());
    writeStr(out, p.language());
    writeStr(out, p.text());
    writeStr(out, n.compact());
    out.writeShort(n.ignored().size());
    for (String s : n.ignored()) {
      writeStr(out, s);
    }
    out.writeShort(n.forms().size());
    for (Vocabulary.LegalForm f : n.forms()) {
      writeStr(out, f.id());
      writeStr(out, f.kind());
    }
    out.writeShort(n.tokens().size());
    for (NameToken t : n.tokens()) {
      writeStr(out, t.text());
      writeStr(out, t.written());
      writeStr(out, t.script());
      out.writeByte((t.generic() ? 1 : 0) | (t.abbreviated() ? 2 : 0));
    }
  }

  private static void writeStr(DataOutputStream out, String s) throws IOException {
    byte[] b = utf(s);
    out.writeShort(b.length);
    out.write(b);
  }

  private static byte[] utf(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    if (b.length > 0xFFFF) {
      throw new IllegalArgumentException("string too long for a list index: " + s.length());
    }
    return b;
  }

  private static int slot(int h, int capacity) {
    return (h ^ (h >>> 16)) & (capacity - 1);
  }

  /**
   * Maps an index file back, when it exists and carries this stamp; empty otherwise (the caller
   * builds the index from the list and may write it again).
   */
  public static Optional<ListIndex> open(Path path, String stamp, EntryReader reader) {
    if (!Files.isRegularFile(path)) {
      return Optional.empty();
    }
    try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
      ByteBuffer b = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size());
      if (b.remaining() < 8 || b.getInt(0) != MAGIC || b.getInt(4) != FORMAT) {
        return Optional.empty();
      }
      b.position(8);
      if (!readStr(b).equals(stamp)) {
        return Optional.empty();
      }
      return Optional.of(new ListIndex(b, reader));
    } catch (IOException | RuntimeException e) {
      // A damaged or foreign file is rebuilt from the list, never trusted.
      return Optional.empty();
    }
  }

  private ListIndex(ByteBuffer b, EntryReader reader) {
    this.file = b;
    this.reader = reader;
    this.listId = readStr(b);
    this.entryCount = b.getInt();
    this.names = b.getInt();
    int capacity = b.getInt();
    this.entryOffsets = new long[entryCount];
    b.asLongBuffer().get(entryOffsets);
    b.position(b.position() + 8 * entryCount);
    int[] idPos = new int[entryCount];
    b.asIntBuffer().get(idPos);
    b.position(b.position() + 4 * entryCount);
    // Ids are decoded only when an entry is looked up by id (decisions): not on every start.
    this.entryIds = null;
    this.idPositions = idPos;
    this.namesAt = b.position();
    int slotsAt = namesAt + 4 * names;
    this.owner = null;
    this.normalized = new NormalizedName[names];
    this.partyNames = new PartyName[names];
    this.entries = new ListedParty[entryCount];
    this.keys = null;
    this.index = new CandidateIndex(names, new MappedKeys(b, slotsAt, capacity));
  }

  private int nameRecord(int alias) {
    return file.getInt(namesAt + 4 * alias);
  }

  private void decodeName(int alias) {
    ByteBuffer b = file.duplicate();
    b.position(nameRecord(alias));
    b.getInt(); // owner
    NameType type = NameType.values()[b.get()];
    String language = readStr(b);
    String text = readStr(b);
    String compact = readStr(b);
    int ni = b.getShort() & 0xFFFF;
    List<String> ignored = new ArrayList<>(ni);
    for (int i = 0; i < ni; i++) {
      ignored.add(readStr(b));
    }
    int nf = b.getShort() & 0xFFFF;
    List<Vocabulary.LegalForm> forms = new ArrayList<>(nf);
    for (int i = 0; i < nf; i++) {
      forms.add(new Vocabulary.LegalForm(readStr(b), readStr(b)));
    }
    int nt = b.getShort() & 0xFFFF;
    List<NameToken> tokens = new ArrayList<>(nt);
    for (int i = 0; i < nt; i++) {
      String t = readStr(b);
      String written = readStr(b);
      String script = readStr(b);
      int flags = b.get();
      tokens.add(new NameToken(t, written, script, (flags & 1) != 0, (flags & 2) != 0));
    }
    partyNames[alias] = new PartyName(text, type, language);
    normalized[alias] = new NormalizedName(text, tokens, compact, ignored, forms);
  }

  private static String readStr(ByteBuffer b) {
    int n = b.getShort() & 0xFFFF;
    byte[] bytes = new byte[n];
    b.get(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static String strAt(ByteBuffer file, int pos) {
    ByteBuffer b = file.duplicate();
    b.position(pos);
    return readStr(b);
  }

  /** The key table inside a mapped file: hash slots pointing at key records. */
  private record MappedKeys(ByteBuffer file, int slotsAt, int capacity) implements KeyTable {
    @Override
    public int[] get(char kind, String key) {
      byte[] k = key.getBytes(StandardCharsets.UTF_8);
      int slot = slot(KeyTable.hash(kind, key), capacity);
      while (true) {
        int pos = file.getInt(slotsAt + 4 * slot);
        if (pos == 0) {
          return null;
        }
        int n = file.getShort(pos) & 0xFFFF;
        if (n == k.length + 1 && file.get(pos + 2) == (byte) kind && sameBytes(pos + 3, k)) {
          int at = pos + 2 + n;
          int[] postings = new int[file.getInt(at)];
          for (int i = 0; i < postings.length; i++) {
            postings[i] = file.getInt(at + 4 + 4 * i);
          }
          return postings;
        }
        slot = (slot + 1) & (capacity - 1);
      }
    }

    private boolean sameBytes(int at, byte[] k) {
      for (int i = 0; i < k.length; i++) {
        if (file.get(at + i) != k[i]) {
          return false;
        }
      }
      return true;
    }
  }

  @Override
  public String toString() {
    return listId
        + " ("
        + names
        + " names, "
        + entryCount
        + " entries"
        + (file != null ? ", mapped)" : ")");
  }
}
