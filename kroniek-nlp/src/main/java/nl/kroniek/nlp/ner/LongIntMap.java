package nl.kroniek.nlp.ner;

/**
 * An open-addressing map from 64-bit feature hashes to small non-negative ints (row numbers, counts): the
 * model's feature dictionary. Each slot is one {@code long} holding a 40-bit fingerprint of the key and the
 * 24-bit value, so a lookup touches one cache line, not two (key and value arrays) — lookups are most of the
 * recogniser's time. Two different keys with the same 40-bit fingerprint would be confused; among a
 * million features the chance of that is about one in a million.
 */
final class LongIntMap {

  static final int MAX_VALUE = (1 << 24) - 1;
  private static final long EMPTY = 0L;
  private static final int VALUE_BITS = 24;
  private static final long VALUE_MASK = MAX_VALUE;
  private static final long FINGERPRINT_MASK = 0xFF_FFFF_FFFFL;

  private long[] slots;
  private int size;
  private int mask;

  LongIntMap(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    slots = new long[capacity];
    mask = capacity - 1;
  }

  int size() {
    return size;
  }

  /** The value for {@code key}, or -1. */
  int get(long key) {
    return getFingerprint(fingerprint(key));
  }

  /** The value stored under a fingerprint (as {@link #forEach} reports them), or -1. */
  int getFingerprint(long fp) {
    int i = slotOf(fp);
    while (true) {
      long s = slots[i];
      if (s == EMPTY) {
        return -1;
      }
      if ((s >>> VALUE_BITS) == fp) {
        return (int) (s & VALUE_MASK);
      }
      i = (i + 1) & mask;
    }
  }

  /** Adds or replaces; values must be 0..{@link #MAX_VALUE}. */
  void put(long key, int value) {
    putFingerprint(fingerprint(key), value);
  }

  /** Adds or replaces under a fingerprint (for rebuilding a map from {@link #forEach} or from a file). */
  void putFingerprint(long fp, int value) {
    if (value < 0 || value > MAX_VALUE) {
      throw new IllegalArgumentException("value out of range: " + value);
    }
    if (fp <= 0 || fp > FINGERPRINT_MASK) {
      throw new IllegalArgumentException("not a fingerprint: " + fp);
    }
    if ((size + 1) * 2 > slots.length) {
      grow();
    }
    int i = slotOf(fp);
    while (slots[i] != EMPTY && (slots[i] >>> VALUE_BITS) != fp) {
      i = (i + 1) & mask;
    }
    if (slots[i] == EMPTY) {
      size++;
    }
    slots[i] = (fp << VALUE_BITS) | value;
  }

  /** Increments the value of {@code key} (absent counts as 0), saturating at {@link #MAX_VALUE}. */
  int increment(long key) {
    long fp = fingerprint(key);
    int v = getFingerprint(fp);
    int next = v < 0 ? 1 : Math.min(MAX_VALUE, v + 1);
    putFingerprint(fp, next);
    return next;
  }

  /** Calls {@code action} for every entry with the key's fingerprint and the value. */
  void forEach(Entry action) {
    for (long s : slots) {
      if (s != EMPTY) {
        action.accept(s >>> VALUE_BITS, (int) (s & VALUE_MASK));
      }
    }
  }

  interface Entry {
    void accept(long key, int value);
  }

  /** 40 bits of the key, never 0 (0 marks an empty slot). */
  static long fingerprint(long key) {
    long fp = (key >>> 24) & FINGERPRINT_MASK;
    return fp == 0 ? 1 : fp;
  }

  private int slotOf(long fp) {
    return (int) ((fp * 0x9E3779B97F4A7C15L) >>> 40) & mask;
  }

  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    mask = slots.length - 1;
    for (long s : old) {
      if (s != EMPTY) {
        int i = slotOf(s >>> VALUE_BITS);
        while (slots[i] != EMPTY) {
          i = (i + 1) & mask;
        }
        slots[i] = s;
      }
    }
  }
}
