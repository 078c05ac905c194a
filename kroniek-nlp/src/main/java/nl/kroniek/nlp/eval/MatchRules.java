package nl.kroniek.nlp.eval;

import java.util.Locale;
import nl.kroniek.model.fact.CitedSource;
import nl.kroniek.model.fact.Money;
import nl.kroniek.model.fact.Place;
import nl.kroniek.model.fact.Quantity;
import nl.kroniek.model.fact.Quote;
import nl.kroniek.model.fact.Span;
import nl.kroniek.model.fact.TimeExpression;

/**
 * The rules that decide whether a predicted fact matches a gold fact (documented for users in
 * {@code docs/annotation/facts-guidelines.md}, section "Scoring").
 *
 * <p>Spans match when they overlap by at least one character; an empty span {@code [x, x)} counts as
 * {@code [x, x+1)}. Boundaries are deliberately not compared: where a span starts and ends (with or
 * without the article, the hedge, the quote marks) is a convention on which annotators and extractors
 * differ without being wrong. Key values are compared per type as the methods below say. The matching
 * itself is one-to-one (see {@link FactsScorer}).
 */
public final class MatchRules {

  private static final double RELATIVE_TOLERANCE = 1e-6;
  private static final double ABSOLUTE_TOLERANCE = 1e-9;

  private MatchRules() {}

  /** Whether two spans share at least one character. */
  public static boolean overlap(Span a, Span b) {
    return overlapLength(a, b) > 0;
  }

  /** Number of characters two spans share, empty spans counting as one character wide. */
  static int overlapLength(Span a, Span b) {
    int from = Math.max(a.start(), b.start());
    int to = Math.min(end(a), end(b));
    return Math.max(0, to - from);
  }

  /** Shared characters over the characters of both spans together (Jaccard), to prefer the closest span. */
  static double overlapRatio(Span a, Span b) {
    int shared = overlapLength(a, b);
    int union = Math.max(end(a), end(b)) - Math.min(a.start(), b.start());
    return union == 0 ? 0 : (double) shared / union;
  }

  private static int end(Span s) {
    return Math.max(s.end(), s.start() + 1);
  }

  /**
   * Speakers agree when their names agree: case, diacritics, punctuation and a leading article ignored, and
   * one may be a whole-word part of the other ({@code Koolmees} for {@code Wouter Koolmees},
   * {@code woordvoerder} for {@code een woordvoerder van de politie}). A missing speaker agrees only with a
   * missing speaker.
   */
  public static boolean speakerAgrees(Quote gold, Quote predicted) {
    return Names.agree(gold.speaker(), predicted.speaker());
  }

  /** Source names agree by the same rule as speakers ({@code de Volkskrant} = {@code Volkskrant}). */
  public static boolean sourceAgrees(CitedSource gold, CitedSource predicted) {
    return Names.agree(gold.name(), predicted.name());
  }

  /**
   * Quantities agree when the values are equal (relative tolerance 1e-6). For a gold range (value null) the
   * predicted low and high must both equal the gold's, or the predicted value must be one end of the range
   * (a range may be predicted as two facts, see {@link #isRangeHalf}). A predicted value of null never
   * agrees with a gold value.
   */
  public static boolean quantityAgrees(Quantity gold, Quantity predicted) {
    if (gold.value() != null) {
      return predicted.value() != null && same(gold.value(), predicted.value());
    }
    if (predicted.value() == null) {
      return same(gold.low(), predicted.low()) && same(gold.high(), predicted.high());
    }
    return isRangeEnd(gold, predicted.value());
  }

  /**
   * Whether a prediction is one end of a gold range, so that a range predicted as two facts with the same
   * span (one per end) is not punished: the gold value is null and the predicted value equals the low or the
   * high end.
   */
  public static boolean isRangeHalf(Quantity gold, Quantity predicted) {
    return gold.value() == null && predicted.value() != null && isRangeEnd(gold, predicted.value());
  }

  private static boolean isRangeEnd(Quantity gold, double value) {
    return (gold.low() != null && same(gold.low(), value)) || (gold.high() != null && same(gold.high(), value));
  }

  /** Amounts agree when the values are equal (relative tolerance 1e-6) and the currency codes are equal. */
  public static boolean moneyAgrees(Money gold, Money predicted) {
    return same(gold.value(), predicted.value()) && sameCode(gold.currency(), predicted.currency());
  }

  /**
   * Time values agree when equal ignoring case and surrounding space. An anchored duration
   * ({@code PXW/2017-09}, {@code 2017-11-15/PXY}) is compared by its duration only, with a plain or another
   * anchored duration: the anchor is a convention the model has no field for. Intervals of dates
   * ({@code 2016/2018}) must be equal. A null value agrees only with null.
   */
  public static boolean timeAgrees(TimeExpression gold, TimeExpression predicted) {
    String g = normalTime(gold.value());
    String p = normalTime(predicted.value());
    if (g == null || p == null) {
      return g == null && p == null;
    }
    if (g.equals(p)) {
      return true;
    }
    String gd = durationPart(g);
    return gd != null && gd.equals(durationPart(p));
  }

  /** Countries agree when the codes are equal ignoring case; a missing country agrees only with a missing one. */
  public static boolean countryAgrees(Place gold, Place predicted) {
    return sameCode(gold.country(), predicted.country());
  }

  /** Gazetteer names agree when equal ignoring case, diacritics, punctuation and a leading article. */
  public static boolean placeNameAgrees(Place gold, Place predicted) {
    return Names.same(gold.name(), predicted.name());
  }

  static boolean same(Double a, Double b) {
    if (a == null || b == null) {
      return a == null && b == null;
    }
    double scale = Math.max(Math.abs(a), Math.abs(b));
    return Math.abs(a - b) <= ABSOLUTE_TOLERANCE + RELATIVE_TOLERANCE * scale;
  }

  private static boolean sameCode(String a, String b) {
    String x = a == null || a.isBlank() ? null : a.strip();
    String y = b == null || b.isBlank() ? null : b.strip();
    return x == null ? y == null : x.equalsIgnoreCase(y);
  }

  private static String normalTime(String value) {
    return value == null || value.isBlank() ? null : value.strip().toUpperCase(Locale.ROOT);
  }

  /** The duration of a plain or anchored duration value, or null when the value is not a duration. */
  private static String durationPart(String value) {
    int slash = value.indexOf('/');
    if (slash < 0) {
      return value.startsWith("P") ? value : null;
    }
    String left = value.substring(0, slash);
    String right = value.substring(slash + 1);
    if (left.startsWith("P") != right.startsWith("P")) {
      return left.startsWith("P") ? left : right;
    }
    return null;
  }
}
