package nl.kroniek.nlp.eval;

/**
 * Match counts for one extractor under one criterion.
 *
 * @param truePositives predicted facts matched one-to-one with a gold fact
 * @param falsePositives predicted facts left unmatched
 * @param falseNegatives gold facts left unmatched
 */
public record Counts(int truePositives, int falsePositives, int falseNegatives) {

  /** No facts at all. */
  public static final Counts ZERO = new Counts(0, 0, 0);

  public Counts {
    if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0) {
      throw new IllegalArgumentException("negative count");
    }
  }

  /** Number of gold facts: true positives plus false negatives. */
  public int gold() {
    return truePositives + falseNegatives;
  }

  /** Number of predicted facts that were counted: true positives plus false positives. */
  public int predicted() {
    return truePositives + falsePositives;
  }

  /** Matched share of the predictions; NaN when nothing was predicted (undefined, so never "good enough"). */
  public double precision() {
    return ratio(truePositives, predicted());
  }

  /** Matched share of the gold facts; NaN when there are none. */
  public double recall() {
    return ratio(truePositives, gold());
  }

  /** Harmonic mean of precision and recall; NaN when either is NaN, 0 when both are 0. */
  public double f1() {
    double p = precision();
    double r = recall();
    if (Double.isNaN(p) || Double.isNaN(r)) {
      return Double.NaN;
    }
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** The sum of two counts. */
  public Counts plus(Counts other) {
    return new Counts(truePositives + other.truePositives, falsePositives + other.falsePositives,
        falseNegatives + other.falseNegatives);
  }

  private static double ratio(int part, int whole) {
    return whole == 0 ? Double.NaN : (double) part / whole;
  }
}
