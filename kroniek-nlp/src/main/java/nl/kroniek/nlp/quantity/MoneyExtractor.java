package nl.kroniek.nlp.quantity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import nl.kroniek.model.fact.Money;

/**
 * Finds amounts of money in Dutch news text: {@code 2.000 dollar}, {@code € 2,5 miljoen}, {@code €2,5 mln},
 * {@code $300}, {@code 300 pond}, {@code 5 miljard yen}, {@code ruim 1.700 euro}, {@code duizenden dollars}
 * (vague), and links a conversion stated in the text to the amount it converts:
 * in {@code 2.000 dollar (omgerekend 1.700 euro)} the euro amount's {@code equivalentOf} is the index of the
 * dollar amount in the returned list.
 *
 * <p>A range ({@code tussen 2 en 3 miljoen euro}) becomes two entries with the same span: the low end with
 * approx {@code at-least} and the high end with {@code at-most}, because {@link Money} has no bounds.
 *
 * <p>Stateless and thread-safe; one linear pass over the text per call.
 */
public final class MoneyExtractor {

  /** Creates an extractor; all tables are shared and built once. */
  public MoneyExtractor() {}

  /**
   * The amounts of money in the text, in text order.
   *
   * @param text article text
   * @return an unmodifiable list, empty when there are none
   */
  public List<Money> extract(String text) {
    Objects.requireNonNull(text, "text");
    return toMoney(text, AmountParser.parse(text));
  }

  static List<Money> toMoney(String text, List<Amount> all) {
    List<Amount> amounts = new ArrayList<>();
    for (Amount a : all) {
      if (a.isMoney()) {
        amounts.add(a);
      }
    }
    int[] equivalentOf = ConversionLinker.link(text, amounts);
    List<Money> money = new ArrayList<>(amounts.size());
    for (int k = 0; k < amounts.size(); k++) {
      Amount a = amounts.get(k);
      money.add(new Money(text.substring(a.start(), a.end()), a.value(), a.currency(), a.approx(),
          equivalentOf[k], a.start(), a.end()));
    }
    return Collections.unmodifiableList(money);
  }
}
