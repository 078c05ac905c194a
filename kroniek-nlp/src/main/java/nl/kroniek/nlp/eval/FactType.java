package nl.kroniek.nlp.eval;

import java.util.List;
import java.util.Locale;
import java.util.function.BiPredicate;
import java.util.function.Function;
import nl.kroniek.model.fact.Facts;
import nl.kroniek.model.fact.Span;

/**
 * How one kind of fact is scored: where its list is in {@link Facts}, what its key value is and how it is
 * described in error reports.
 */
record FactType<T extends Span>(
    Extractor extractor,
    Function<Facts, List<T>> list,
    BiPredicate<T, T> keyAgrees,
    BiPredicate<T, T> nameAgrees,
    BiPredicate<T, T> rangeHalf,
    Function<T, String> describe) {

  static final List<FactType<?>> ALL = List.of(
      new FactType<>(Extractor.QUOTES, Facts::quotes, MatchRules::speakerAgrees, null, null,
          q -> "speaker=" + q.speaker()),
      new FactType<>(Extractor.SOURCES, Facts::sources, MatchRules::sourceAgrees, null, null,
          s -> "name=" + s.name()),
      new FactType<>(Extractor.QUANTITIES, Facts::quantities, MatchRules::quantityAgrees, null,
          MatchRules::isRangeHalf, q -> "value=" + q.value() + " low=" + q.low() + " high=" + q.high()),
      new FactType<>(Extractor.MONEY, Facts::money, MatchRules::moneyAgrees, null, null,
          m -> String.format(Locale.ROOT, "value=%s %s", m.value(), m.currency())),
      new FactType<>(Extractor.TIMES, Facts::times, MatchRules::timeAgrees, null, null,
          t -> "value=" + t.value()),
      new FactType<>(Extractor.PLACES, Facts::places, MatchRules::countryAgrees, MatchRules::placeNameAgrees,
          null, p -> "country=" + p.country() + " name=" + p.name()));

  /** The pairing condition for a criterion (spans must overlap as well). */
  BiPredicate<T, T> condition(Criterion criterion) {
    return switch (criterion) {
      case SPAN -> (g, p) -> true;
      case KEY -> keyAgrees;
      case NAME -> keyAgrees.and(nameAgrees);
    };
  }
}
