package nl.kroniek.nlp.ner;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Word classes learned from unlabelled text, as features that let the recogniser generalise from words it
 * saw in training to words that behave alike ({@code Hasselt} like {@code Zwolle}). Classes at several
 * granularities come from the predictive exchange algorithm (Uszkoreit and Brants 2008): each word is moved
 * to the class that best predicts the words that follow it, until nothing improves.
 *
 * <p>Stored as 64-bit hashes of the lower-cased words with their class at each granularity, so the model
 * files carry no word list of the (unlicensed) texts they were learned from.
 */
final class WordClusters {

  static final WordClusters NONE = new WordClusters(new LongIntMap(16), new int[0]);

  private static final String MAGIC = "KRWCL";
  private static final String MAGIC_FINGERPRINTS = "KRWCL2";

  private final LongIntMap index; // word hash -> row
  private final int[] classes; // row * levels + level
  private final int levels;

  private WordClusters(LongIntMap index, int[] classes) {
    this.index = index;
    this.classes = classes;
    this.levels = index.size() == 0 ? 0 : classes.length / index.size();
  }

  int levels() {
    return levels;
  }

  int size() {
    return index.size();
  }

  /** The class of a lower-cased word at a granularity, or -1 when the word is unknown. */
  int classOf(String lower, int level) {
    int row = index.get(Features.hash(99, lower));
    return row < 0 ? -1 : classes[row * levels + level];
  }

  // ---------------------------------------------------------------------------------------------------
  // Learning

  /**
   * Learns classes from sentences of lower-cased words.
   *
   * @param sizes number of classes per granularity, e.g. {64, 256, 1024}
   * @param minCount words seen fewer times get no class
   */
  static WordClusters learn(List<String[]> sentences, int[] sizes, int minCount, int iterations, IntConsumer progress) {
    Map<String, Integer> counts = new HashMap<>();
    for (String[] s : sentences) {
      for (String w : s) {
        counts.merge(w, 1, Integer::sum);
      }
    }
    List<String> vocab = new ArrayList<>();
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() >= minCount) {
        vocab.add(e.getKey());
      }
    }
    // most frequent first: the initial assignment spreads frequent words over the classes
    vocab.sort((a, b) -> Integer.compare(counts.get(b), counts.get(a)) != 0
        ? Integer.compare(counts.get(b), counts.get(a)) : a.compareTo(b));
    Map<String, Integer> id = new HashMap<>();
    for (int i = 0; i < vocab.size(); i++) {
      id.put(vocab.get(i), i);
    }
    int v = vocab.size();
    int rare = v; // every other word, and the sentence boundary, share ids v and v+1
    int boundary = v + 1;
    int words = v + 2;
    // successor counts per word: bigram (w, next)
    List<Map<Integer, Integer>> succ = new ArrayList<>(words);
    for (int i = 0; i < words; i++) {
      succ.add(new HashMap<>());
    }
    long[] unigram = new long[words];
    for (String[] s : sentences) {
      int prev = boundary;
      for (int k = 0; k <= s.length; k++) {
        int cur = k < s.length ? id.getOrDefault(s[k], rare) : boundary;
        succ.get(prev).merge(cur, 1, Integer::sum);
        unigram[prev]++;
        prev = cur;
      }
    }
    int[][] succIds = new int[words][];
    int[][] succCounts = new int[words][];
    for (int w = 0; w < words; w++) {
      Map<Integer, Integer> m = succ.get(w);
      succIds[w] = new int[m.size()];
      succCounts[w] = new int[m.size()];
      int j = 0;
      for (Map.Entry<Integer, Integer> e : m.entrySet()) {
        succIds[w][j] = e.getKey();
        succCounts[w][j] = e.getValue();
        j++;
      }
    }
    int[][] result = new int[sizes.length][];
    for (int level = 0; level < sizes.length; level++) {
      result[level] = exchange(sizes[level], v, words, succIds, succCounts, unigram, iterations);
      if (progress != null) {
        progress.accept(level);
      }
    }
    LongIntMap index = new LongIntMap(v);
    int[] classes = new int[v * sizes.length];
    for (int i = 0; i < v; i++) {
      index.put(Features.hash(99, vocab.get(i)), i);
      for (int level = 0; level < sizes.length; level++) {
        classes[i * sizes.length + level] = result[level][i];
      }
    }
    return new WordClusters(index, classes);
  }

  /** One clustering with k classes of the first v words; the rare and boundary ids keep classes of their own. */
  private static int[] exchange(int k, int v, int words, int[][] succIds, int[][] succCounts, long[] unigram,
      int iterations) {
    int classes = k + 2;
    int[] cls = new int[words];
    for (int w = 0; w < v; w++) {
      cls[w] = w % k;
    }
    cls[v] = k;
    cls[v + 1] = k + 1;
    // N(c, w): per successor word, counts by predecessor class
    List<Map<Integer, Long>> byWord = new ArrayList<>(words);
    for (int w = 0; w < words; w++) {
      byWord.add(new HashMap<>());
    }
    long[] classTotal = new long[classes];
    for (int w = 0; w < words; w++) {
      for (int j = 0; j < succIds[w].length; j++) {
        byWord.get(succIds[w][j]).merge(cls[w], (long) succCounts[w][j], Long::sum);
      }
      classTotal[cls[w]] += unigram[w];
    }
    double[] gain = new double[classes];
    for (int it = 0; it < iterations; it++) {
      int moved = 0;
      for (int w = 0; w < v; w++) {
        int from = cls[w];
        // take w out of its class
        for (int j = 0; j < succIds[w].length; j++) {
          Map<Integer, Long> m = byWord.get(succIds[w][j]);
          long left = m.get(from) - succCounts[w][j];
          if (left == 0) {
            m.remove(from);
          } else {
            m.put(from, left);
          }
        }
        classTotal[from] -= unigram[w];
        // gain of putting it into each class c: sum over successors of g(N(c,x)+n) - g(N(c,x)), minus the
        // change of g(N(c)); successors the class has not seen yet contribute g(n)
        double base = 0;
        for (int j = 0; j < succIds[w].length; j++) {
          base += g(succCounts[w][j]);
        }
        Arrays.fill(gain, base);
        for (int j = 0; j < succIds[w].length; j++) {
          int n = succCounts[w][j];
          for (Map.Entry<Integer, Long> e : byWord.get(succIds[w][j]).entrySet()) {
            long c = e.getValue();
            gain[e.getKey()] += g(c + n) - g(c) - g(n);
          }
        }
        int best = from;
        double bestGain = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < k; c++) {
          double total = gain[c] - (g(classTotal[c] + unigram[w]) - g(classTotal[c]));
          if (total > bestGain + 1e-9) {
            bestGain = total;
            best = c;
          }
        }
        cls[w] = best;
        if (best != from) {
          moved++;
        }
        for (int j = 0; j < succIds[w].length; j++) {
          byWord.get(succIds[w][j]).merge(best, (long) succCounts[w][j], Long::sum);
        }
        classTotal[best] += unigram[w];
      }
      if (moved == 0) {
        break;
      }
    }
    return Arrays.copyOf(cls, v);
  }

  private static double g(double x) {
    return x <= 0 ? 0 : x * Math.log(x);
  }

  // ---------------------------------------------------------------------------------------------------
  // Storage

  void write(OutputStream out) throws IOException {
    try (DataOutputStream data = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(out)))) {
      writeTo(data);
    }
  }

  /** Writes into an open stream (the NER model file embeds its clusters). */
  void writeTo(DataOutputStream data) throws IOException {
    {
      data.writeUTF(MAGIC_FINGERPRINTS);
      data.writeInt(index.size());
      data.writeInt(levels);
      long[] keys = new long[index.size()];
      index.forEach((key, row) -> keys[row] = key);
      for (int row = 0; row < keys.length; row++) {
        data.writeLong(keys[row]);
        for (int level = 0; level < levels; level++) {
          data.writeShort(classes[row * levels + level]);
        }
      }
    }
  }

  static WordClusters read(InputStream in) throws IOException {
    try (DataInputStream data = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in)))) {
      return readFrom(data, true);
    }
  }

  /**
   * @param fingerprints ignored: the file's own header says whether it stores key fingerprints (current
   *     format) or full hashes (the first format, embedded in version-2 NER models)
   */
  static WordClusters readFrom(DataInputStream data, boolean fingerprints) throws IOException {
    {
      String magic = data.readUTF();
      if (!MAGIC.equals(magic) && !MAGIC_FINGERPRINTS.equals(magic)) {
        throw new IOException("not a Kroniek word-cluster file");
      }
      fingerprints = MAGIC_FINGERPRINTS.equals(magic); // the first format stored full hashes
      int rows = data.readInt();
      int levels = data.readInt();
      LongIntMap index = new LongIntMap(rows);
      int[] classes = new int[rows * levels];
      for (int row = 0; row < rows; row++) {
        long key = data.readLong();
        if (fingerprints) {
          index.putFingerprint(key, row);
        } else {
          index.put(key, row);
        }
        for (int level = 0; level < levels; level++) {
          classes[row * levels + level] = data.readShort();
        }
      }
      return new WordClusters(index, classes);
    }
  }
}
