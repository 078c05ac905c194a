package nl.kroniek.model.fact;

/**
 * A time expression resolved against the article's publication date.
 *
 * @param text the expression as written ({@code midden oktober})
 * @param value ISO-8601 value at its granularity: {@code 2017-10}, {@code 2017-10-15}, {@code 2017-W42},
 *     {@code 2017}, an interval {@code 2016/2018}, a duration {@code P4M}; null when it could not be resolved
 * @param granularity {@code day}, {@code week}, {@code month}, {@code quarter}, {@code season},
 *     {@code halfyear}, {@code year}, {@code decade}, {@code century}, {@code duration}
 * @param modifier part of the period: {@code start} (begin), {@code mid} (midden), {@code end} (eind), or null
 * @param relative true when resolved against the publication date ({@code vorige week}) rather than written
 *     in full
 * @param start offset in the article text
 * @param end end offset (exclusive)
 */
public record TimeExpression(String text, String value, String granularity, String modifier, boolean relative,
    int start, int end) implements Span {
  public TimeExpression {
    Span.check(start, end);
  }
}
