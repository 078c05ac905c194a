package nl.kroniek.nlp.ner;

/**
 * The model's weights laid out for tagging: one 24-byte slot per feature holding its 40-bit fingerprint
 * and its nine weights (one per tag) as half-precision floats (40 + 9 × 16 bits). Looking a feature up and
 * reading its weights touches one cache line; with separate dictionary and weight arrays it touched two or three, and those
 * memory stalls were most of the recogniser's time. Immutable.
 */
final class FeatureTable {

  private static final int LONGS_PER_SLOT = 3;
  private static final long FINGERPRINT_MASK = 0xFF_FFFF_FFFFL;

  private final long[] slots;
  private final int mask;

  /** Builds the table from a feature dictionary and row-major weights (row * Tags.COUNT + tag). */
  FeatureTable(LongIntMap features, float[] weights) {
    int capacity = Integer.highestOneBit(Math.max(16, features.size() * 2 - 1)) << 1;
    this.slots = new long[capacity * LONGS_PER_SLOT];
    this.mask = capacity - 1;
    features.forEach((fingerprint, row) -> {
      int i = slotOf(fingerprint);
      while ((slots[i * LONGS_PER_SLOT] & FINGERPRINT_MASK) != 0) {
        i = (i + 1) & mask;
      }
      int at = i * LONGS_PER_SLOT;
      // long 0: fingerprint (bits 0-39) and weight 0 (bits 40-55); longs 1 and 2: weights 1-4 and 5-8
      slots[at] = fingerprint | (half(weights, row, 0) << 40);
      for (int tag = 1; tag < Tags.COUNT; tag++) {
        slots[at + 1 + (tag - 1) / 4] |= half(weights, row, tag) << (16 * ((tag - 1) % 4));
      }
    });
  }

  private static long half(float[] weights, int row, int tag) {
    return Float.floatToFloat16(weights[row * Tags.COUNT + tag]) & 0xFFFFL;
  }

  /** Adds the weights of feature {@code key} (if the model has it) to {@code scores[base .. base + 9)}. */
  void addTo(long key, float[] scores, int base) {
    long fp = LongIntMap.fingerprint(key);
    int i = slotOf(fp);
    while (true) {
      int at = i * LONGS_PER_SLOT;
      long s = slots[at];
      if ((s & FINGERPRINT_MASK) == fp) {
        long a = slots[at + 1];
        long b = slots[at + 2];
        scores[base] += Float.float16ToFloat((short) (s >>> 40));
        scores[base + 1] += Float.float16ToFloat((short) a);
        scores[base + 2] += Float.float16ToFloat((short) (a >>> 16));
        scores[base + 3] += Float.float16ToFloat((short) (a >>> 32));
        scores[base + 4] += Float.float16ToFloat((short) (a >>> 48));
        scores[base + 5] += Float.float16ToFloat((short) b);
        scores[base + 6] += Float.float16ToFloat((short) (b >>> 16));
        scores[base + 7] += Float.float16ToFloat((short) (b >>> 32));
        scores[base + 8] += Float.float16ToFloat((short) (b >>> 48));
        return;
      }
      if ((s & FINGERPRINT_MASK) == 0) {
        return;
      }
      i = (i + 1) & mask;
    }
  }

  private int slotOf(long fingerprint) {
    return (int) ((fingerprint * 0x9E3779B97F4A7C15L) >>> 40) & mask;
  }
}
