package nl.kroniek.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.kroniek.model.PubDate;
import nl.kroniek.model.fact.TimeExpression;

/** Shared references and a compact way to assert on one extracted expression. */
final class TimeAssert {

  /** Wednesday 15 November 2017. */
  static final PubDate DAY = PubDate.ofDay(LocalDate.of(2017, 11, 15));
  static final PubDate MONTH = PubDate.ofMonth(2017, 11);
  static final PubDate YEAR = PubDate.ofYear(2017);
  /** Wednesday 15 November 2017, 09:30 UTC. */
  static final PubDate INSTANT = PubDate.ofInstant(Instant.parse("2017-11-15T09:30:00Z"));
  static final PubDate UNKNOWN = PubDate.UNKNOWN;

  private static final TimeExtractor EXTRACTOR = new TimeExtractor();

  private TimeAssert() {}

  static List<TimeExpression> extract(String text, PubDate reference) {
    List<TimeExpression> found = EXTRACTOR.extract(text, reference);
    for (TimeExpression e : found) {
      assertThat(text.substring(e.start(), e.end())).as("offsets of %s", e).isEqualTo(e.text());
    }
    return found;
  }

  /** The only expression in the text, which must read {@code expected}. */
  static TimeExpression only(String text, PubDate reference, String expected) {
    List<TimeExpression> found = extract(text, reference);
    assertThat(found).as("in: %s", text).extracting(TimeExpression::text).containsExactly(expected);
    return found.get(0);
  }

  /** Asserts value, granularity, modifier and relative flag of the only expression. */
  static void expect(String text, PubDate reference, String span, String value, String granularity,
      String modifier, boolean relative) {
    TimeExpression e = only(text, reference, span);
    assertThat(e.value()).as("value of [%s] against %s", span, reference).isEqualTo(value);
    assertThat(e.granularity()).as("granularity of [%s]", span).isEqualTo(granularity);
    assertThat(e.modifier()).as("modifier of [%s]", span).isEqualTo(modifier);
    assertThat(e.relative()).as("relative of [%s]", span).isEqualTo(relative);
  }
}
