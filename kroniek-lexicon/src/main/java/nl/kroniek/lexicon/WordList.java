package nl.kroniek.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * A set of Dutch words keyed by their lower-case spelling, built from the bundled OpenTaal word list
 * (413k entries: inflected forms, compounds, abbreviations and proper nouns; BSD or CC BY 3.0, see
 * {@code LICENSE-opentaal.txt}).
 *
 * <p>Every entry is folded to lower case one {@code char} at a time ({@link Character#toLowerCase(char)},
 * the same folding as Lucene's {@code LowerCaseFilter} for Dutch text). For each lower-case key the list
 * remembers whether it occurs spelled in lower case ({@code "minister"}) and whether it occurs with capitals
 * ({@code "Amsterdam"}, {@code "NAVO"}); a key that occurs only with capitals is a proper noun or an
 * abbreviation.
 *
 * <p>The keys live in one Latin-1 byte pool indexed by an open-addressing hash table of ints, about a quarter
 * of the memory of a {@code HashSet<String>}; the few keys with characters above U+00FF (such as {@code €})
 * are kept in a small map. Lookups on a {@code char[]} slice allocate nothing, which matters to the
 * decompounder that probes many substrings per token. Instances are immutable and thread-safe.
 */
public final class WordList {

  /** Name of the bundled OpenTaal list, a resource next to this class. */
  public static final String OPENTAAL_RESOURCE = "opentaal-wordlist.txt.gz";

  /** Name of the bundled list of Dutch family names (124k, 5 or more bearers; see the names SOURCE). */
  public static final String FAMILY_NAMES_RESOURCE = "family-names-nl-freq5plus.lst.gz";

  /** The key occurs spelled entirely in lower case. */
  static final byte LOWER = 1;
  /** The key occurs spelled with at least one capital. */
  static final byte CAPITALISED = 2;

  private static final class OpenTaalHolder {
    static final WordList INSTANCE = loadBundled(OPENTAAL_RESOURCE);
  }

  private static final class FamilyNamesHolder {
    static final WordList INSTANCE = loadBundled(FAMILY_NAMES_RESOURCE);
  }

  private final byte[] pool;
  private final int[] starts;
  private final byte[] flags;
  private final int size;
  private final int[] table;
  private final int mask;
  private final Map<String, Byte> wideKeys;

  private WordList(Builder b) {
    this.pool = Arrays.copyOf(b.pool, b.poolLength);
    this.starts = Arrays.copyOf(b.starts, b.size + 1);
    this.flags = Arrays.copyOf(b.flags, b.size);
    this.size = b.size;
    this.table = b.table;
    this.mask = b.mask;
    this.wideKeys = Map.copyOf(b.wideKeys);
  }

  /**
   * The bundled OpenTaal list, loaded on first use (about 0.2 s) and shared afterwards.
   *
   * @throws UncheckedIOException if the bundled resource is missing or unreadable
   */
  public static WordList openTaal() {
    return OpenTaalHolder.INSTANCE;
  }

  /**
   * The bundled Dutch family names ({@code Bakker}, {@code Nieuwenhuizen}, {@code 's-Gravemade}) as a word list,
   * loaded on first use and shared afterwards. All entries are capitalised.
   *
   * @throws UncheckedIOException if the bundled resource is missing or unreadable
   */
  public static WordList dutchFamilyNames() {
    return FamilyNamesHolder.INSTANCE;
  }

  /** A list of the given entries, spelled as in a word list (case matters for the capitalisation flags). */
  public static WordList of(Iterable<String> entries) {
    Objects.requireNonNull(entries, "entries");
    Builder b = new Builder(64);
    for (String e : entries) {
      Objects.requireNonNull(e, "entry");
      b.add(e);
    }
    return new WordList(b);
  }

  /** Reads a word list, one entry a line, UTF-8 (optionally gzip-compressed when {@code gzipped}). */
  public static WordList read(InputStream in, boolean gzipped) throws IOException {
    Objects.requireNonNull(in, "in");
    byte[] bytes = gzipped ? new GZIPInputStream(in, 1 << 16).readAllBytes() : in.readAllBytes();
    return parse(bytes);
  }

  private static WordList loadBundled(String resource) {
    try (InputStream in = WordList.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("missing resource " + resource));
      }
      return read(in, true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  private static WordList parse(byte[] bytes) {
    int lines = 1;
    for (byte x : bytes) {
      if (x == '\n') {
        lines++;
      }
    }
    Builder b = new Builder(lines);
    char[] buf = new char[256];
    int lineStart = 0;
    for (int i = 0; i <= bytes.length; i++) {
      if (i < bytes.length && bytes[i] != '\n') {
        continue;
      }
      int end = i;
      if (end > lineStart && bytes[end - 1] == '\r') {
        end--;
      }
      int len = end - lineStart;
      if (len > 0) {
        if (isAscii(bytes, lineStart, end)) {
          if (len > buf.length) {
            buf = new char[len];
          }
          for (int k = 0; k < len; k++) {
            buf[k] = (char) bytes[lineStart + k];
          }
          b.add(buf, len);
        } else {
          b.add(new String(bytes, lineStart, len, StandardCharsets.UTF_8));
        }
      }
      lineStart = i + 1;
    }
    return new WordList(b);
  }

  private static boolean isAscii(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      if (bytes[i] < 0) {
        return false;
      }
    }
    return true;
  }

  /** Number of distinct lower-case keys. */
  public int size() {
    return size + wideKeys.size();
  }

  /** Whether some entry, folded to lower case, equals {@code lower} (which must already be lower case). */
  public boolean contains(CharSequence lower) {
    return flags(lower) != 0;
  }

  /** {@link #contains(CharSequence)} on a slice of a char array, without allocating. */
  public boolean contains(char[] buffer, int offset, int length) {
    return flags(buffer, offset, length) != 0;
  }

  /**
   * Whether the list has {@code word}, folded to lower case, spelled in lower case: true for {@code "minister"},
   * {@code "Minister"} and {@code "IS"} (as {@code "is"}), false for {@code "Amsterdam"} and unknown words. A
   * feature for named-entity recognition: a capitalised word that is a known lower-case word is often just a
   * sentence start.
   */
  public boolean isKnownLowercaseWord(CharSequence word) {
    return (flags(lowerCase(word)) & LOWER) != 0;
  }

  /** {@link #isKnownLowercaseWord(CharSequence)} on a slice already in lower case, without allocating. */
  public boolean isKnownLowercaseWord(char[] lowerBuffer, int offset, int length) {
    return (flags(lowerBuffer, offset, length) & LOWER) != 0;
  }

  /**
   * Whether {@code word}, folded to lower case, occurs in the list only with capitals: a proper noun or an
   * abbreviation such as {@code "Amsterdam"} or {@code "NAVO"}. False for unknown words and for words that
   * also occur in lower case ({@code "Kent"} and {@code "kent"}).
   */
  public boolean isCapitalisedOnly(CharSequence word) {
    return flags(lowerCase(word)) == CAPITALISED;
  }

  /** {@link #isCapitalisedOnly(CharSequence)} on a slice already in lower case, without allocating. */
  public boolean isCapitalisedOnly(char[] lowerBuffer, int offset, int length) {
    return flags(lowerBuffer, offset, length) == CAPITALISED;
  }

  /** Calls {@code action} with every lower-case key, in no particular order. */
  public void forEachKey(Consumer<String> action) {
    Objects.requireNonNull(action, "action");
    for (int i = 0; i < size; i++) {
      action.accept(new String(pool, starts[i], starts[i + 1] - starts[i], StandardCharsets.ISO_8859_1));
    }
    wideKeys.keySet().forEach(action);
  }

  /** Approximate heap bytes held by this list (arrays only; the small map of wide keys is estimated). */
  public long ramBytesUsed() {
    long arrays = 16L + pool.length + 16L + 4L * starts.length + 16L + flags.length + 16L + 4L * table.length;
    return arrays + 120L * wideKeys.size();
  }

  /** Folds a word to lower case the way the keys were folded. */
  public static String lowerCase(CharSequence word) {
    Objects.requireNonNull(word, "word");
    StringBuilder sb = null;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      char l = Character.toLowerCase(c);
      if (l != c && sb == null) {
        sb = new StringBuilder(word.length()).append(word, 0, i);
      }
      if (sb != null) {
        sb.append(l);
      }
    }
    return sb == null ? word.toString() : sb.toString();
  }

  /** The flags of a lower-case key, 0 when absent. */
  byte flags(CharSequence key) {
    Objects.requireNonNull(key, "key");
    int len = key.length();
    int h = 0;
    for (int i = 0; i < len; i++) {
      char c = key.charAt(i);
      if (c > 0xFF) {
        return wideKeys.getOrDefault(key.toString(), (byte) 0);
      }
      h = 31 * h + c;
    }
    for (int slot = mix(h) & mask; ; slot = (slot + 1) & mask) {
      int k = table[slot];
      if (k == 0) {
        return 0;
      }
      int s = starts[k - 1];
      if (starts[k] - s == len && equalsPool(s, key, len)) {
        return flags[k - 1];
      }
    }
  }

  /** The flags of a lower-case key given as a slice, 0 when absent. */
  byte flags(char[] buffer, int offset, int length) {
    Objects.checkFromIndexSize(offset, length, buffer.length);
    int h = 0;
    for (int i = offset; i < offset + length; i++) {
      char c = buffer[i];
      if (c > 0xFF) {
        return wideKeys.getOrDefault(new String(buffer, offset, length), (byte) 0);
      }
      h = 31 * h + c;
    }
    for (int slot = mix(h) & mask; ; slot = (slot + 1) & mask) {
      int k = table[slot];
      if (k == 0) {
        return 0;
      }
      int s = starts[k - 1];
      if (starts[k] - s == length && equalsPool(s, buffer, offset, length)) {
        return flags[k - 1];
      }
    }
  }

  private boolean equalsPool(int s, CharSequence key, int len) {
    for (int i = 0; i < len; i++) {
      if ((pool[s + i] & 0xFF) != key.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private boolean equalsPool(int s, char[] buffer, int offset, int len) {
    for (int i = 0; i < len; i++) {
      if ((pool[s + i] & 0xFF) != buffer[offset + i]) {
        return false;
      }
    }
    return true;
  }

  /** Spreads the bits of a polynomial string hash over the table (the finaliser of MurmurHash3). */
  private static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h;
  }

  /** Accumulates keys; the table is sized once from the expected entry count and grows when half full. */
  private static final class Builder {
    byte[] pool;
    int poolLength;
    int[] starts;
    byte[] flags;
    int size;
    int[] table;
    int mask;
    final Map<String, Byte> wideKeys = new HashMap<>();
    private char[] lowerBuf = new char[64];

    Builder(int expected) {
      int capacity = Integer.highestOneBit(Math.max(16, expected) * 2 - 1) << 1;
      table = new int[capacity];
      mask = capacity - 1;
      pool = new byte[Math.max(64, expected * 12)];
      starts = new int[expected + 1];
      flags = new byte[expected];
    }

    void add(String entry) {
      int len = entry.length();
      if (lowerBuf.length < len) {
        lowerBuf = new char[len];
      }
      entry.getChars(0, len, lowerBuf, 0);
      addChars(lowerBuf, len);
    }

    /** Adds an entry given in {@code chars[0..len)}; the array is overwritten with its lower-case form. */
    void add(char[] chars, int len) {
      addChars(chars, len);
    }

    private void addChars(char[] chars, int len) {
      if (len == 0) {
        return;
      }
      byte flag = LOWER;
      boolean wide = false;
      int h = 0;
      for (int i = 0; i < len; i++) {
        char c = chars[i];
        char l = Character.toLowerCase(c);
        if (l != c) {
          flag = CAPITALISED;
          chars[i] = l;
        }
        wide |= l > 0xFF;
        h = 31 * h + l;
      }
      if (wide) {
        wideKeys.merge(new String(chars, 0, len), flag, (a, b) -> (byte) (a | b));
        return;
      }
      int slot = mix(h) & mask;
      for (; ; slot = (slot + 1) & mask) {
        int k = table[slot];
        if (k == 0) {
          break;
        }
        int s = starts[k - 1];
        if (starts[k] - s == len && samePool(s, chars, len)) {
          flags[k - 1] |= flag;
          return;
        }
      }
      ensureCapacity(len);
      int s = poolLength;
      for (int i = 0; i < len; i++) {
        pool[s + i] = (byte) chars[i];
      }
      poolLength += len;
      flags[size] = flag;
      size++;
      starts[size] = poolLength;
      table[slot] = size;
      if (size * 2 > table.length) {
        rehash();
      }
    }

    private boolean samePool(int s, char[] chars, int len) {
      for (int i = 0; i < len; i++) {
        if ((pool[s + i] & 0xFF) != chars[i]) {
          return false;
        }
      }
      return true;
    }

    private void ensureCapacity(int len) {
      if (poolLength + len > pool.length) {
        pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolLength + len));
      }
      if (size + 1 >= flags.length) {
        flags = Arrays.copyOf(flags, flags.length * 2);
        starts = Arrays.copyOf(starts, flags.length + 1);
      }
    }

    private void rehash() {
      int[] bigger = new int[table.length * 2];
      int m = bigger.length - 1;
      for (int k = 1; k <= size; k++) {
        int h = 0;
        for (int i = starts[k - 1]; i < starts[k]; i++) {
          h = 31 * h + (pool[i] & 0xFF);
        }
        int slot = mix(h) & m;
        while (bigger[slot] != 0) {
          slot = (slot + 1) & m;
        }
        bigger[slot] = k;
      }
      table = bigger;
      mask = m;
    }
  }
}
