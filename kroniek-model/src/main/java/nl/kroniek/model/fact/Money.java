package nl.kroniek.model.fact;

/**
 * An amount of money.
 *
 * @param text the expression as written ({@code 2.000 dollar})
 * @param value the amount in units of the currency ({@code 2000.0})
 * @param currency ISO 4217 code ({@code USD}, {@code EUR})
 * @param approx hedge as in {@link Quantity#approx()}, or null
 * @param equivalentOf index (in the article's money list) of the amount this one converts, as in
 *     {@code 2.000 dollar (omgerekend 1.700 euro)}; -1 when none
 * @param start offset in the article text
 * @param end end offset (exclusive)
 */
public record Money(String text, double value, String currency, String approx, int equivalentOf, int start,
    int end) implements Span {
  public Money {
    Span.check(start, end);
  }
}
