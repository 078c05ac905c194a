package nl.kroniek.nlp.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntConsumer;
import java.util.function.ToDoubleFunction;

/**
 * Trains a {@link NerModel}: an averaged structured perceptron (Collins 2002) with first-order
 * transitions and Viterbi decoding. Deterministic for a given seed and input order.
 *
 * <p>Features seen fewer than {@code minCount} times are dropped before training: they would mostly
 * memorise single sentences, and they make the model large.
 */
final class PerceptronTrainer {

  /**
   * One training document with gold tags per word.
   *
   * @param weight how much an error on this document counts (older or noisier corpora count less)
   * @param partialMisc the corpus has no MISC type: where it says O, MISC is also accepted (the gold
   *     sequence is then the best-scoring sequence that agrees with the given labels, the usual way to learn
   *     from partially labelled data)
   */
  record Example(NerDocument doc, int[][] gold, double weight, boolean partialMisc) {}

  private final int epochs;
  private final int minCount;
  private final long seed;
  private final int runs;

  PerceptronTrainer(int epochs, int minCount, long seed) {
    this(epochs, minCount, seed, 1);
  }

  /**
   * @param runs independent training runs (shuffling seeds seed, seed+1, ...) whose weights are averaged:
   *     the result depends less on the order the examples happened to come in
   */
  PerceptronTrainer(int epochs, int minCount, long seed, int runs) {
    if (epochs < 1 || minCount < 1 || runs < 1) {
      throw new IllegalArgumentException("epochs, minCount and runs must be >= 1");
    }
    this.epochs = epochs;
    this.minCount = minCount;
    this.seed = seed;
    this.runs = runs;
  }

  /**
   * Trains on the examples; after each epoch {@code dev} scores the averaged model (higher is better) and
   * the best epoch's model is returned.
   *
   * @param progress called with the epoch number after each epoch
   */
  /**
   * As above; {@code clusters} and {@code lexicon} are what the examples' documents were built with, and are
   * stored with the model.
   */
  NerModel train(List<Example> examples, ToDoubleFunction<NerModel> dev, String description, IntConsumer progress,
      WordClusters clusters, Lexicon lexicon) {
    // Pass 1: the feature dictionary.
    LongIntMap counts = new LongIntMap(1 << 20);
    long[] buffer = new long[Features.MAX];
    for (Example e : examples) {
      NerDocument d = e.doc();
      for (int s = 0; s < d.sentenceCount(); s++) {
        for (int i = 0; i < d.words[s].length; i++) {
          int k = Features.extract(d, s, i, buffer);
          for (int f = 0; f < k; f++) {
            counts.increment(buffer[f]);
          }
        }
      }
    }
    LongIntMap index = new LongIntMap(counts.size() / 2);
    int[] next = {0};
    counts.forEach((fingerprint, count) -> {
      if (count >= minCount) {
        index.putFingerprint(fingerprint, next[0]++);
      }
    });
    int rows = next[0];

    // Pass 2: each token's feature rows, once.
    List<int[][]> sentenceRows = new ArrayList<>();
    List<int[]> sentenceGold = new ArrayList<>();
    List<Double> sentenceWeight = new ArrayList<>();
    List<Boolean> sentencePartial = new ArrayList<>();
    for (Example e : examples) {
      NerDocument d = e.doc();
      for (int s = 0; s < d.sentenceCount(); s++) {
        int n = d.words[s].length;
        if (n == 0) {
          continue;
        }
        int[][] tokenRows = new int[n][];
        for (int i = 0; i < n; i++) {
          int k = Features.extract(d, s, i, buffer);
          int[] r = new int[k];
          int m = 0;
          for (int f = 0; f < k; f++) {
            int row = index.get(buffer[f]);
            if (row >= 0) {
              r[m++] = row;
            }
          }
          tokenRows[i] = java.util.Arrays.copyOf(r, m);
        }
        sentenceRows.add(tokenRows);
        sentenceGold.add(e.gold()[s]);
        sentenceWeight.add(e.weight());
        sentencePartial.add(e.partialMisc());
      }
    }

    NerModel combined = null;
    float[] sumW = null;
    float[] sumTr = null;
    for (int run = 0; run < runs; run++) {
      NerModel best = runOnce(index, rows, sentenceRows, sentenceGold, sentenceWeight, sentencePartial, dev,
          description, progress, clusters, lexicon, seed + run);
      if (runs == 1) {
        return best;
      }
      if (sumW == null) {
        sumW = new float[best.weightsForAveraging().length];
        sumTr = new float[best.transitionsForAveraging().length];
      }
      add(sumW, best.weightsForAveraging());
      add(sumTr, best.transitionsForAveraging());
    }
    scale(sumW, 1f / runs);
    scale(sumTr, 1f / runs);
    combined = new NerModel(index, sumW, sumTr, description + " (average of " + runs + " runs)", clusters, lexicon);
    if (dev != null) {
      dev.applyAsDouble(combined);
    }
    return combined;
  }

  private static void add(float[] sum, float[] x) {
    for (int i = 0; i < sum.length; i++) {
      sum[i] += x[i];
    }
  }

  private static void scale(float[] x, float f) {
    for (int i = 0; i < x.length; i++) {
      x[i] *= f;
    }
  }

  private NerModel runOnce(LongIntMap index, int rows, List<int[][]> sentenceRows, List<int[]> sentenceGold,
      List<Double> sentenceWeight, List<Boolean> sentencePartial, ToDoubleFunction<NerModel> dev,
      String description, IntConsumer progress, WordClusters clusters, Lexicon lexicon, long runSeed) {
    int t = Tags.COUNT;
    float[] w = new float[rows * t];
    double[] wSum = new double[rows * t]; // sum over updates of (step * delta), for averaging
    float[] tr = new float[(Tags.COUNT + 1) * t];
    double[] trSum = new double[tr.length];
    int[] order = new int[sentenceRows.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Random random = new Random(runSeed);
    long step = 1;
    NerModel best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int epoch = 1; epoch <= epochs; epoch++) {
      shuffle(order, random);
      for (int idx : order) {
        int[][] tokenRows = sentenceRows.get(idx);
        int[] gold = sentenceGold.get(idx);
        boolean partial = sentencePartial.get(idx);
        float scale = (float) (double) sentenceWeight.get(idx);
        int n = tokenRows.length;
        float[] emissions = new float[n * t];
        for (int i = 0; i < n; i++) {
          for (int row : tokenRows[i]) {
            int base = row * t;
            for (int tag = 0; tag < t; tag++) {
              emissions[i * t + tag] += w[base + tag];
            }
          }
        }
        int[] predicted = NerModel.viterbi(emissions, n, tr);
        if (partial) {
          gold = constrainedGold(emissions, n, tr, gold);
        }
        for (int i = 0; i < n; i++) {
          int g = gold[i];
          int p = predicted[i];
          if (g != p) {
            for (int row : tokenRows[i]) {
              update(w, wSum, row * t + g, scale, step);
              update(w, wSum, row * t + p, -scale, step);
            }
          }
          int gPrev = i == 0 ? NerModel.START : gold[i - 1];
          int pPrev = i == 0 ? NerModel.START : predicted[i - 1];
          if (g != p || gPrev != pPrev) {
            update(tr, trSum, gPrev * t + g, scale, step);
            update(tr, trSum, pPrev * t + p, -scale, step);
          }
        }
        step++;
      }
      NerModel averaged = new NerModel(index, average(w, wSum, step), average(tr, trSum, step),
          description + " (epoch " + epoch + ")", clusters, lexicon);
      double score = dev == null ? epoch : dev.applyAsDouble(averaged);
      if (score > bestScore) {
        bestScore = score;
        best = averaged;
      }
      if (progress != null) {
        progress.accept(epoch);
      }
    }
    return best;
  }

  /** The best sequence that keeps every given entity tag and allows O or MISC where the data says O. */
  static int[] constrainedGold(float[] emissions, int n, float[] transitions, int[] gold) {
    int t = Tags.COUNT;
    float[] masked = emissions.clone();
    for (int i = 0; i < n; i++) {
      for (int tag = 0; tag < t; tag++) {
        boolean ok = gold[i] == Tags.O
            ? tag == Tags.O || Tags.type(tag) == nl.kroniek.model.fact.EntityType.MISC
            : tag == gold[i];
        if (!ok) {
          masked[i * t + tag] = Float.NEGATIVE_INFINITY;
        }
      }
    }
    return NerModel.viterbi(masked, n, transitions);
  }

  private static void update(float[] w, double[] sum, int i, float delta, long step) {
    w[i] += delta;
    sum[i] += step * delta;
  }

  /** Averaged weights: w - sum/step (the standard trick that avoids summing weights after every example). */
  private static float[] average(float[] w, double[] sum, long step) {
    float[] avg = new float[w.length];
    for (int i = 0; i < w.length; i++) {
      avg[i] = (float) (w[i] - sum[i] / step);
    }
    return avg;
  }

  private static void shuffle(int[] a, Random random) {
    for (int i = a.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int tmp = a[i];
      a[i] = a[j];
      a[j] = tmp;
    }
  }
}
