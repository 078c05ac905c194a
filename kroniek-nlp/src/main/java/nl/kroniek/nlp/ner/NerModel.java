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
  private static final int VERSION = 2;
  static final int START = Tags.COUNT; // row of the transition table for "before the first token"

  private final LongIntMap features;
  private final float[] weights; // row * Tags.COUNT + tag
  private final float[] transitions; // (previous or START) * Tags.COUNT + tag
  private final String description;
  private final WordClusters clusters;

  NerModel(LongIntMap features, float[] weights, float[] transitions, String description, WordClusters clusters) {
    this.features = features;
    this.weights = weights;
    this.transitions = transitions;
    this.description = description;
    this.clusters = clusters == null ? WordClusters.NONE : clusters;
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
    int[][] out = new int[doc.sentenceCount()][];
    long[] buffer = new long[Features.MAX];
    for (int s = 0; s < doc.sentenceCount(); s++) {
      int n = doc.words[s].length;
      float[] emissions = new float[n * Tags.COUNT];
      for (int i = 0; i < n; i++) {
        int count = Features.extract(doc, s, i, buffer);
        int base = i * Tags.COUNT;
        for (int f = 0; f < count; f++) {
          int row = features.get(buffer[f]);
          if (row >= 0) {
            int w = row * Tags.COUNT;
            for (int t = 0; t < Tags.COUNT; t++) {
              emissions[base + t] += weights[w + t];
            }
          }
        }
      }
      out[s] = viterbi(emissions, n, transitions);
    }
    return out;
  }

  /** Best tag sequence for per-token scores and transition weights, respecting IOB2. */
  static int[] viterbi(float[] emissions, int n, float[] transitions) {
    int[] best = new int[n];
    if (n == 0) {
      return best;
    }
    int t = Tags.COUNT;
    float[] score = new float[n * t];
    int[] back = new int[n * t];
    for (int tag = 0; tag < t; tag++) {
      score[tag] = Tags.isInside(tag) ? Float.NEGATIVE_INFINITY : transitions[START * t + tag] + emissions[tag];
    }
    for (int i = 1; i < n; i++) {
      for (int tag = 0; tag < t; tag++) {
        float bestScore = Float.NEGATIVE_INFINITY;
        int bestPrev = 0;
        for (int prev = 0; prev < t; prev++) {
          if (!Tags.allowed(prev, tag)) {
            continue;
          }
          float sc = score[(i - 1) * t + prev] + transitions[prev * t + tag];
          if (sc > bestScore) {
            bestScore = sc;
            bestPrev = prev;
          }
        }
        score[i * t + tag] = bestScore + emissions[i * t + tag];
        back[i * t + tag] = bestPrev;
      }
    }
    int last = 0;
    for (int tag = 1; tag < t; tag++) {
      if (score[(n - 1) * t + tag] > score[(n - 1) * t + last]) {
        last = tag;
      }
    }
    best[n - 1] = last;
    for (int i = n - 1; i > 0; i--) {
      best[i - 1] = back[i * t + best[i]];
    }
    return best;
  }

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
    }
  }

  static NerModel read(InputStream in) throws IOException {
    try (DataInputStream data = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16))) {
      if (!MAGIC.equals(data.readUTF())) {
        throw new IOException("not a Kroniek NER model");
      }
      int version = data.readInt();
      if (version != VERSION) {
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
        features.put(data.readLong(), r);
      }
      float[] weights = new float[rows * Tags.COUNT];
      for (int i = 0; i < weights.length; i++) {
        weights[i] = Float.float16ToFloat(data.readShort());
      }
      float[] transitions = new float[data.readInt()];
      for (int i = 0; i < transitions.length; i++) {
        transitions[i] = data.readFloat();
      }
      WordClusters clusters = data.readBoolean() ? WordClusters.readFrom(data) : WordClusters.NONE;
      return new NerModel(features, weights, transitions, description, clusters);
    }
  }
}
