package nl.kroniek.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import nl.kroniek.model.PubDate;
import nl.kroniek.model.fact.TimeExpression;
import org.junit.jupiter.api.Test;
import nl.kroniek.nlp.Seeds;

/** The two seed articles (bundled with the demo). */
class SeedArticlesTest {

  private final TimeExtractor extractor = new TimeExtractor();

  /** A seed file: first line {@code " date 2017-11 "} followed by the text on the same line and below. */
  private record Seed(PubDate reference, String text) {}

  private static Seed seed(String prefix) throws IOException {
    String raw = Seeds.raw(prefix).stripLeading();
    assertThat(raw).startsWith("date ");
    int dateEnd = raw.indexOf(' ', 5);
    return new Seed(PubDate.parse(raw.substring(5, dateEnd)), raw.substring(dateEnd + 1));
  }

  @Test
  void seed000MiddenOktoberAndFourMonths() throws IOException {
    Seed seed = seed("000");
    assertThat(seed.reference()).isEqualTo(PubDate.ofMonth(2017, 11));
    List<TimeExpression> found = extractor.extract(seed.text(), seed.reference());
    found.forEach(e -> assertThat(seed.text().substring(e.start(), e.end())).isEqualTo(e.text()));
    assertThat(found).extracting(TimeExpression::text, TimeExpression::value, TimeExpression::granularity,
            TimeExpression::modifier)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("midden oktober", "2017-10", "month", "mid"),
            org.assertj.core.groups.Tuple.tuple("vier maanden", "P4M", "duration", null));
  }

  @Test
  void seed004BeginSeptemberAndTheLastWeeks() throws IOException {
    Seed seed = seed("004");
    assertThat(seed.reference()).isEqualTo(PubDate.ofMonth(2017, 9));
    List<TimeExpression> found = extractor.extract(seed.text(), seed.reference());
    found.forEach(e -> assertThat(seed.text().substring(e.start(), e.end())).isEqualTo(e.text()));
    assertThat(found).extracting(TimeExpression::text, TimeExpression::value, TimeExpression::granularity,
            TimeExpression::modifier)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("De afgelopen weken", "PXW/2017-09", "duration", null),
            org.assertj.core.groups.Tuple.tuple("begin september", "2017-09", "month", "start"));
    // No amounts: "2.000 dollar", "1.700 euro", "300 voormalige", "26-jarige".
  }
}
