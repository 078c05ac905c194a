package nl.kroniek.nlp.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.kroniek.model.PubDate;
import nl.kroniek.model.fact.CitedSource;
import nl.kroniek.model.fact.Facts;
import nl.kroniek.model.fact.Money;
import nl.kroniek.model.fact.Place;
import nl.kroniek.model.fact.Quantity;
import nl.kroniek.model.fact.Quote;
import nl.kroniek.model.fact.Span;
import nl.kroniek.model.fact.TimeExpression;

/** Turns one line of the stand-off gold file into a {@link GoldArticle}. Strict: bad input throws. */
final class GoldLineParser {

  private GoldLineParser() {}

  static GoldArticle parse(String line) {
    if (!(Json.parse(line) instanceof Map<?, ?> record)) {
      throw new IllegalArgumentException("not a JSON object");
    }
    String id = text(record, "id", true);
    if (id.isBlank()) {
      throw new IllegalArgumentException("empty id");
    }
    String sha = text(record, "sha256", true);
    PubDate date = PubDate.parse(text(record, "date", true));
    Facts facts = new Facts(List.of(),
        entries(record, "quotes", GoldLineParser::quote),
        entries(record, "sources", GoldLineParser::source),
        entries(record, "quantities", GoldLineParser::quantity),
        entries(record, "money", GoldLineParser::money),
        entries(record, "times", GoldLineParser::time),
        entries(record, "places", GoldLineParser::place),
        Map.of("gold", "kroniek facts gold"));
    return new GoldArticle(id, sha, date, facts);
  }

  private static Quote quote(Map<?, ?> m) {
    Object direct = m.get("direct");
    if (direct != null && !(direct instanceof Boolean)) {
      throw new IllegalArgumentException("'direct' must be true or false");
    }
    return new Quote(null, text(m, "speaker", false), null, direct == null || (Boolean) direct, start(m), end(m),
        -1, -1);
  }

  private static CitedSource source(Map<?, ?> m) {
    return new CitedSource(text(m, "name", false), null, null, start(m), end(m));
  }

  private static Quantity quantity(Map<?, ?> m) {
    return new Quantity(null, number(m, "value"), number(m, "low"), number(m, "high"), null,
        text(m, "about", false), null, null, start(m), end(m));
  }

  private static Money money(Map<?, ?> m) {
    Double value = number(m, "value");
    if (value == null) {
      throw new IllegalArgumentException("money needs a value");
    }
    return new Money(null, value, text(m, "currency", true), null, -1, start(m), end(m));
  }

  private static TimeExpression time(Map<?, ?> m) {
    if (!m.containsKey("value")) {
      throw new IllegalArgumentException("time needs a value (null when it has none)");
    }
    return new TimeExpression(null, text(m, "value", false), null, text(m, "mod", false), false, start(m), end(m));
  }

  private static Place place(Map<?, ?> m) {
    return new Place(text(m, "name", false), null, Double.NaN, Double.NaN, text(m, "country", false), 0, start(m),
        end(m));
  }

  private static <T extends Span> List<T> entries(Map<?, ?> record, String key, Function<Map<?, ?>, T> make) {
    Object value = record.get(key);
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof List<?> list)) {
      throw new IllegalArgumentException("'" + key + "' must be an array");
    }
    List<T> out = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      if (!(list.get(i) instanceof Map<?, ?> m)) {
        throw new IllegalArgumentException(key + "[" + i + "] must be an object");
      }
      try {
        out.add(make.apply(m));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(key + "[" + i + "]: " + e.getMessage(), e);
      }
    }
    out.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
    return out;
  }

  private static int start(Map<?, ?> m) {
    return offset(m, "start");
  }

  private static int end(Map<?, ?> m) {
    int end = offset(m, "end");
    if (end < start(m)) {
      throw new IllegalArgumentException("end before start");
    }
    return end;
  }

  private static int offset(Map<?, ?> m, String key) {
    if (!(m.get(key) instanceof Long v) || v < 0 || v > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("'" + key + "' must be a non-negative integer");
    }
    return v.intValue();
  }

  private static Double number(Map<?, ?> m, String key) {
    Object v = m.get(key);
    if (v == null) {
      return null;
    }
    if (!(v instanceof Number n)) {
      throw new IllegalArgumentException("'" + key + "' must be a number or null");
    }
    return n.doubleValue();
  }

  private static String text(Map<?, ?> m, String key, boolean required) {
    Object v = m.get(key);
    if (v == null) {
      if (required) {
        throw new IllegalArgumentException("'" + key + "' is required");
      }
      return null;
    }
    if (!(v instanceof String s)) {
      throw new IllegalArgumentException("'" + key + "' must be a string");
    }
    return s;
  }
}
