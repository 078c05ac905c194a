package nl.kroniek.nlp.quantity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import nl.kroniek.model.fact.Quantity;

/**
 * Finds numbers in Dutch news text with what they count: {@code zo'n 250 IS-strijders},
 * {@code zes tot zeven kilometer}, {@code meer dan honderd voertuigen}, {@code tientallen buitenlandse
 * strijders}, {@code de 26-jarige man}, {@code vier maanden}, {@code 12 procent}.
 *
 * <p>Each quantity's span covers the hedge, the number(s), the unit and the counted noun with the
 * adjectives before it ({@code zo'n 250 IS-strijders}, {@code 26-jarige man}), so that
 * {@code text.substring(q.start(), q.end())} equals {@code q.text()}. Amounts of money are not reported here
 * (see {@link MoneyExtractor}); neither are years, dates, clock times, phone numbers, identifiers
 * ({@code artikel 3}, {@code MH17}), ordinals, sports scores and the article {@code een}. Field values and
 * decisions are described in {@code docs/extractors/quantities.md}.
 *
 * <p>Stateless and thread-safe; one linear pass over the text per call.
 */
public final class QuantityExtractor {

  /** Creates an extractor; all tables are shared and built once. */
  public QuantityExtractor() {}

  /**
   * The quantities in the text, in text order, never overlapping.
   *
   * @param text article text
   * @return an unmodifiable list, empty when there are none
   */
  public List<Quantity> extract(String text) {
    Objects.requireNonNull(text, "text");
    return toQuantities(text, AmountParser.parse(text));
  }

  static List<Quantity> toQuantities(String text, List<Amount> amounts) {
    List<Quantity> quantities = new ArrayList<>();
    for (Amount a : amounts) {
      if (!a.isMoney()) {
        quantities.add(new Quantity(text.substring(a.start(), a.end()), a.value(), a.low(), a.high(),
            a.approx(), a.about(), a.unit(), a.kind(), a.start(), a.end()));
      }
    }
    return Collections.unmodifiableList(quantities);
  }
}
