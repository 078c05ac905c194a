package nl.kroniek.nlp.quantity;

import java.util.List;
import java.util.Objects;
import nl.kroniek.model.fact.Money;
import nl.kroniek.model.fact.Quantity;

/**
 * Quantities and money of one text from a single pass: what {@link QuantityExtractor} and
 * {@link MoneyExtractor} return, for half the work when both are wanted (as at ingest).
 *
 * @param quantities as {@link QuantityExtractor#extract(String)} returns them
 * @param money as {@link MoneyExtractor#extract(String)} returns them
 */
public record NumericFacts(List<Quantity> quantities, List<Money> money) {

  public NumericFacts {
    quantities = List.copyOf(quantities);
    money = List.copyOf(money);
  }

  /** Extracts both lists from the text in one pass. */
  public static NumericFacts extract(String text) {
    Objects.requireNonNull(text, "text");
    List<Amount> amounts = AmountParser.parse(text);
    return new NumericFacts(QuantityExtractor.toQuantities(text, amounts), MoneyExtractor.toMoney(text, amounts));
  }
}
