package nl.kroniek.model.fact;

import java.util.List;
import java.util.Map;

/**
 * Everything the NLP pipeline extracted from one article. Lists are in text order.
 *
 * @param extractors extractor name to version ({@code ner -> perceptron-2026.11}), so that every fact can
 *     be traced to what produced it
 */
public record Facts(
    List<Entity> entities,
    List<Quote> quotes,
    List<CitedSource> sources,
    List<Quantity> quantities,
    List<Money> money,
    List<TimeExpression> times,
    List<Place> places,
    Map<String, String> extractors) {

  public static final Facts EMPTY = new Facts(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
      List.of(), Map.of());

  public Facts {
    entities = List.copyOf(entities);
    quotes = List.copyOf(quotes);
    sources = List.copyOf(sources);
    quantities = List.copyOf(quantities);
    money = List.copyOf(money);
    times = List.copyOf(times);
    places = List.copyOf(places);
    extractors = Map.copyOf(extractors);
  }
}
