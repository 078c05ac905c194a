package nl.kroniek.nlp.ner;

/**
 * The model's weights laid out for tagging: one 32-byte slot per feature holding its 40-bit fingerprint
 * and its nine weights (one per tag) as half-precision floats. Looking a feature up and reading its weights
 * touches one cache line; with separate dictionary and weight arrays it touched two or three, and those
 * memory stalls were most of the recogniser's time. Immutable.
 */
final class FeatureTable {

  private static final int LONGS_PER_SLOT = 4;

  private final long[] slots;
  private final int mask;

  /** Builds the table from a feature dictionary and row-major weights (row * Tags.COUNT + tag). */
  FeatureTable(LongIntMap features, float[] weights) {
    int capacity = Integer.highestOneBit(Math.max(16, features.size() * 2 - 1)) << 1;
    this.slots = new long[capacity * LONGS_PER_SLOT];
    this.mask = capacity - 1;
    features.forEach((fingerprint, row) -> {
      int i = slotOf(fingerprint);
      while (slots[i * LONGS_PER_SLOT] != 0) {
        i = (i + 1) & mask;
      }
      int at = i * LONGS_PER_SLOT;
      slots[at] = fingerprint;
      for (int tag = 0; tag < Tags.COUNT; tag++) {
        long half = Float.floatToFloat16(weights[row * Tags.COUNT + tag]) & 0xFFFFL;
        slots[at + 1 + tag / 4] |= half << (16 * (tag % 4));
      }
    });
  }

  /** Adds the weights of feature {@code key} (if the model has it) to {@code scores[base .. base + 9)}. */
  void addTo(long key, float[] scores, int base) {
    long fp = LongIntMap.fingerprint(key);
    int i = slotOf(fp);
    while (true) {
      int at = i * LONGS_PER_SLOT;
      long s = slots[at];
      if (s == fp) {
        long a = slots[at + 1];
        long b = slots[at + 2];
        long c = slots[at + 3];
        scores[base] += Float.float16ToFloat((short) a);
        scores[base + 1] += Float.float16ToFloat((short) (a >>> 16));
        scores[base + 2] += Float.float16ToFloat((short) (a >>> 32));
        scores[base + 3] += Float.float16ToFloat((short) (a >>> 48));
        scores[base + 4] += Float.float16ToFloat((short) b);
        scores[base + 5] += Float.float16ToFloat((short) (b >>> 16));
        scores[base + 6] += Float.float16ToFloat((short) (b >>> 32));
        scores[base + 7] += Float.float16ToFloat((short) (b >>> 48));
        scores[base + 8] += Float.float16ToFloat((short) c);
        return;
      }
      if (s == 0) {
        return;
      }
      i = (i + 1) & mask;
    }
  }

  private int slotOf(long fingerprint) {
    return (int) ((fingerprint * 0x9E3779B97F4A7C15L) >>> 40) & mask;
  }
}
