package nl.kroniek.model.fact;

/**
 * A number in the text with what it counts.
 *
 * @param text the expression as written ({@code zo'n 250 IS-strijders})
 * @param value the number (for a range: null); for vague magnitudes ({@code honderden}) the order of
 *     magnitude's lower bound
 * @param low lower bound (equals value for an exact number; the range's low end; null when open)
 * @param high upper bound (null when open, as in {@code meer dan honderd})
 * @param approx the hedge: {@code about} (zo'n, ongeveer, circa), {@code more-than} (meer dan, ruim),
 *     {@code less-than} (minder dan, bijna), {@code at-least}, {@code at-most}, {@code vague}
 *     (tientallen, honderden), or null when exact
 * @param about the counted thing as written ({@code IS-strijders}), or null
 * @param unit the unit ({@code km}, {@code %}, {@code jaar} for ages, {@code maand} for durations), or null
 * @param kind {@code count}, {@code percentage}, {@code measure}, {@code age}, {@code duration}, {@code ordinal}
 * @param start offset in the article text
 * @param end end offset (exclusive)
 */
public record Quantity(String text, Double value, Double low, Double high, String approx, String about,
    String unit, String kind, int start, int end) implements Span {
  public Quantity {
    Span.check(start, end);
  }
}
