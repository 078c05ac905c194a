package nl.kroniek.nlp.ner;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained linear sequence model: one weight per (feature, tag), one per (previous tag, tag), decoded with
 * Viterbi under the IOB2 constraint. Immutable and thread-safe once built.
 *
 * <p>File format (gzip): magic {@code KRNER}, version, a description string, tag names, the feature
 * hashes, the weights as half-precision floats (feature-major), then the transition weights.
 */
final class NerModel {

  private static final String MAGIC = "KRNER";
  /**
   * 2: full 64-bit feature hashes; 3: their 40-bit fingerprints (see LongIntMap); 4: with the lexicon tables
   * the features were computed with.
   */
  private static final int VERSION = 4;
  static final int START = Tags.COUNT; // row of the transition table for "before the first token"

  private final LongIntMap features;
  private final float[] weights; // row * Tags.COUNT + tag
  private final float[] transitions; // (previous or START) * Tags.COUNT + tag
  private final Constrained constrainedTransitions; // the same with forbidden IOB2 steps at minus infinity
  private final String description;
  private final WordClusters clusters;
  private final Lexicon lexicon;
  private volatile FeatureTable table; // built on first use: training creates many models it never tags with

  NerModel(LongIntMap features, float[] weights, float[] transitions, String description, WordClusters clusters,
      Lexicon lexicon) {
    this.features = features;
    this.weights = weights;
    this.transitions = transitions;
    this.constrainedTransitions = new Constrained(constrained(transitions));
    this.description = description;
    this.clusters = clusters == null ? WordClusters.NONE : clusters;
    this.lexicon = java.util.Objects.requireNonNull(lexicon, "lexicon");
  }

  /** The lexicon tables the model's features were computed with (part of the model). */
  Lexicon lexicon() {
    return lexicon;
  }

  float[] weightsForAveraging() {
    return weights;
  }

  float[] transitionsForAveraging() {
    return transitions;
  }

  /** The word classes the model's features were computed with (part of the model). */
  WordClusters clusters() {
    return clusters;
  }

  String description() {
    return description;
  }

  int featureCount() {
    return features.size();
  }

  /** Tags the sentences of a document; returns one tag id per word. */
  int[][] tag(NerDocument doc) {
    FeatureTable t = table;
    if (t == null) {
      t = new FeatureTable(features, weights);
      table = t;
    }
    int[][] out = new int[doc.sentenceCount()][];
    long[] buffer = new long[Features.MAX];
    for (int s = 0; s < doc.sentenceCount(); s++) {
      int n = doc.words[s].length;
      float[] emissions = new float[n * Tags.COUNT];
      for (int i = 0; i < n; i++) {
        int base = i * Tags.COUNT;
        float[] lexical = lexicalWeights(doc, s, i, t, buffer);
        System.arraycopy(lexical, 0, emissions, base, Tags.COUNT);
        int count = Features.contextual(doc, s, i, buffer, 0);
        for (int f = 0; f < count; f++) {
          t.addTo(buffer[f], emissions, base);
        }
      }
      out[s] = viterbi(emissions, n, constrainedTransitions);
    }
    return out;
  }

  /**
   * The summed weights of a token's lexical features (see {@link Features#lexical}): computed once per word
   * type and sentence position, and kept on the word's shared {@link WordInfo} (whose cache belongs to one
   * recogniser, and so to this model).
   */
  private float[] lexicalWeights(NerDocument doc, int s, int i, FeatureTable t, long[] buffer) {
    boolean initial = doc.initial[s][i];
    WordInfo info = doc.info[s][i];
    float[] sum = info.lexicalWeights(initial);
    if (sum == null) {
      sum = new float[Tags.COUNT];
      int count = Features.lexical(doc, s, i, buffer, 0);
      for (int f = 0; f < count; f++) {
        t.addTo(buffer[f], sum, 0);
      }
      info.lexicalWeights(initial, sum);
    }
    return sum;
  }

  /** Best tag sequence for per-token scores and transition weights, respecting IOB2. */
  static int[] viterbi(float[] emissions, int n, float[] transitions) {
    return viterbi(emissions, n, new Constrained(constrained(transitions)));
  }

  /**
   * The transition table with the IOB2 constraint folded in: forbidden steps (I-X after anything but B-X or
   * I-X, and I-X at the start) score minus infinity, so the decoder's inner loop is plain arithmetic.
   */
  static float[] constrained(float[] transitions) {
    int t = Tags.COUNT;
    float[] c = transitions.clone();
    for (int prev = 0; prev <= t; prev++) {
      for (int tag = 0; tag < t; tag++) {
        boolean ok = prev == START ? !Tags.isInside(tag) : Tags.allowed(prev, tag);
        if (!ok) {
          c[prev * t + tag] = Float.NEGATIVE_INFINITY;
        }
      }
    }
    return c;
  }

  /** Viterbi over a transition table that already carries the constraint (see {@link #constrained}). */
  private static int[] viterbi(float[] emissions, int n, Constrained table) {
    float[] transitions = table.values;
    int[] best = new int[n];
    if (n == 0) {
      return best;
    }
    int t = Tags.COUNT;
    float[] previous = new float[t];
    float[] current = new float[t];
    int[] back = new int[n * t];
    for (int tag = 0; tag < t; tag++) {
      previous[tag] = transitions[START * t + tag] + emissions[tag];
    }
    for (int i = 1; i < n; i++) {
      int base = i * t;
      for (int tag = 0; tag < t; tag++) {
        float bestScore = Float.NEGATIVE_INFINITY;
        int bestPrev = 0;
        for (int prev = 0; prev < t; prev++) {
          float sc = previous[prev] + transitions[prev * t + tag];
          if (sc > bestScore) {
            bestScore = sc;
            bestPrev = prev;
          }
        }
        current[tag] = bestScore + emissions[base + tag];
        back[base + tag] = bestPrev;
      }
      float[] swap = previous;
      previous = current;
      current = swap;
    }
    int last = 0;
    for (int tag = 1; tag < t; tag++) {
      if (previous[tag] > previous[last]) {
        last = tag;
      }
    }
    best[n - 1] = last;
    for (int i = n - 1; i > 0; i--) {
      best[i - 1] = back[i * t + best[i]];
    }
    return best;
  }

  /** A transition table known to carry the IOB2 constraint. */
  private record Constrained(float[] values) {}

  void write(OutputStream out) throws IOException {
    try (DataOutputStream data = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(out, 1 << 16)))) {
      data.writeUTF(MAGIC);
      data.writeInt(VERSION);
      data.writeUTF(description);
      data.writeInt(Tags.COUNT);
      for (String name : Tags.NAMES) {
        data.writeUTF(name);
      }
      int rows = features.size();
      data.writeInt(rows);
      long[] keys = new long[rows];
      features.forEach((key, row) -> keys[row] = key);
      for (long key : keys) {
        data.writeLong(key);
      }
      for (float w : weights) {
        data.writeShort(Float.floatToFloat16(w));
      }
      data.writeInt(transitions.length);
      for (float w : transitions) {
        data.writeFloat(w);
      }
      data.writeBoolean(clusters.size() > 0);
      if (clusters.size() > 0) {
        clusters.writeTo(data);
      }
      lexicon.writeTo(data);
    }
  }

  static NerModel read(InputStream in) throws IOException {
    try (DataInputStream data = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16))) {
      if (!MAGIC.equals(data.readUTF())) {
        throw new IOException("not a Kroniek NER model");
      }
      int version = data.readInt();
      if (version < 2 || version > VERSION) {
        throw new IOException("NER model version " + version + " is not supported (expected " + VERSION + ")");
      }
      String description = data.readUTF();
      int tagCount = data.readInt();
      for (int i = 0; i < tagCount; i++) {
        String name = data.readUTF();
        if (i >= Tags.COUNT || !name.equals(Tags.NAMES[i])) {
          throw new IOException("NER model has an unexpected tag set");
        }
      }
      int rows = data.readInt();
      LongIntMap features = new LongIntMap(rows);
      for (int r = 0; r < rows; r++) {
        long key = data.readLong();
        if (version == 2) {
          features.put(key, r);
        } else {
          features.putFingerprint(key, r);
        }
      }
      float[] weights = new float[rows * Tags.COUNT];
      for (int i = 0; i < weights.length; i++) {
        weights[i] = Float.float16ToFloat(data.readShort());
      }
      float[] transitions = new float[data.readInt()];
      for (int i = 0; i < transitions.length; i++) {
        transitions[i] = data.readFloat();
      }
      WordClusters clusters = data.readBoolean() ? WordClusters.readFrom(data, version >= 3) : WordClusters.NONE;
      // models before version 4 computed their lexicon features from the bundled lists directly
      Lexicon lexicon = version >= 4 ? Lexicon.readFrom(data) : Lexicon.fromBundledLists();
      return new NerModel(features, weights, transitions, description, clusters, lexicon);
    }
  }
}
