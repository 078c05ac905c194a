package nl.kroniek.nlp.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.kroniek.model.fact.CitedSource;
import nl.kroniek.model.fact.Facts;
import nl.kroniek.model.fact.Money;
import nl.kroniek.model.fact.Place;
import nl.kroniek.model.fact.Quantity;
import nl.kroniek.model.fact.Quote;
import nl.kroniek.model.fact.Span;
import nl.kroniek.model.fact.TimeExpression;

/** Short constructors for hand-made gold and predicted facts. */
final class TestFacts {

  private TestFacts() {}

  static Quote quote(int start, int end, String speaker) {
    return new Quote("…", speaker, null, true, start, end, -1, -1);
  }

  static CitedSource source(int start, int end, String name) {
    return new CitedSource(name, "…", "volgens", start, end);
  }

  static Quantity quantity(int start, int end, Double value) {
    return new Quantity("…", value, value, value, null, null, null, "count", start, end);
  }

  static Quantity range(int start, int end, Double low, Double high) {
    return new Quantity("…", null, low, high, null, null, null, "count", start, end);
  }

  static Money money(int start, int end, double value, String currency) {
    return new Money("…", value, currency, null, -1, start, end);
  }

  static TimeExpression time(int start, int end, String value) {
    return new TimeExpression("…", value, "day", null, false, start, end);
  }

  static Place place(int start, int end, String country, String name) {
    return new Place(name, "…", 0, 0, country, 1, start, end);
  }

  /** Facts holding the given records, each in the list of its type. */
  static Facts facts(Span... spans) {
    List<Quote> quotes = new ArrayList<>();
    List<CitedSource> sources = new ArrayList<>();
    List<Quantity> quantities = new ArrayList<>();
    List<Money> money = new ArrayList<>();
    List<TimeExpression> times = new ArrayList<>();
    List<Place> places = new ArrayList<>();
    for (Span s : spans) {
      switch (s) {
        case Quote q -> quotes.add(q);
        case CitedSource c -> sources.add(c);
        case Quantity q -> quantities.add(q);
        case Money m -> money.add(m);
        case TimeExpression t -> times.add(t);
        case Place p -> places.add(p);
        default -> throw new IllegalArgumentException("unexpected " + s);
      }
    }
    return new Facts(List.of(), quotes, sources, quantities, money, times, places, Map.of());
  }

  /** Scores one article. */
  static FactsScore score(Facts gold, Facts predicted) {
    return new FactsScorer().add("a1", gold, predicted).result();
  }
}
