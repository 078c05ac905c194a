package nl.kroniek.nlp.ner;

import java.util.Arrays;

/**
 * An open-addressing map from 64-bit feature hashes to row numbers: the model's feature dictionary. A
 * {@code HashMap<Long,Integer>} of a million features would cost ~60 MB and a box per lookup; this costs
 * 12 bytes a slot and no allocation.
 */
final class LongIntMap {

  private static final long EMPTY = 0L; // feature hashes are never 0 (see Features.hash)

  private long[] keys;
  private int[] values;
  private int size;
  private int mask;

  LongIntMap(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    keys = new long[capacity];
    values = new int[capacity];
    mask = capacity - 1;
  }

  int size() {
    return size;
  }

  /** The value for {@code key}, or -1. */
  int get(long key) {
    int i = slot(key);
    while (true) {
      long k = keys[i];
      if (k == key) {
        return values[i];
      }
      if (k == EMPTY) {
        return -1;
      }
      i = (i + 1) & mask;
    }
  }

  /** Adds or replaces. */
  void put(long key, int value) {
    if (key == EMPTY) {
      throw new IllegalArgumentException("0 is not a valid key");
    }
    if ((size + 1) * 2 > keys.length) {
      grow();
    }
    int i = slot(key);
    while (keys[i] != EMPTY && keys[i] != key) {
      i = (i + 1) & mask;
    }
    if (keys[i] == EMPTY) {
      size++;
    }
    keys[i] = key;
    values[i] = value;
  }

  /** Increments the value of {@code key} (absent counts as 0) and returns the new value. */
  int increment(long key) {
    if ((size + 1) * 2 > keys.length) {
      grow();
    }
    int i = slot(key);
    while (keys[i] != EMPTY && keys[i] != key) {
      i = (i + 1) & mask;
    }
    if (keys[i] == EMPTY) {
      keys[i] = key;
      values[i] = 0;
      size++;
    }
    return ++values[i];
  }

  /** Calls {@code action} for every entry. */
  void forEach(Entry action) {
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != EMPTY) {
        action.accept(keys[i], values[i]);
      }
    }
  }

  interface Entry {
    void accept(long key, int value);
  }

  private int slot(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 40) & mask;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new int[oldKeys.length * 2];
    mask = keys.length - 1;
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY) {
        put(oldKeys[i], oldValues[i]);
      }
    }
    Arrays.fill(oldKeys, 0);
  }
}
