package nl.kroniek.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;
import nl.kroniek.model.fact.TimeExpression;
import org.junit.jupiter.api.Test;

/**
 * Scores the extractor on the hand-annotated gold sentences: span precision/recall (exact offsets) and
 * value precision/recall (exact offsets, value and modifier). The numbers are reported in
 * docs/extractors/time.md.
 */
class GoldSetTest {

  private final TimeExtractor extractor = new TimeExtractor();

  @Test
  void goldSetHasFiftyOrMoreSentencesOfEveryReferencePrecision() throws Exception {
    List<GoldSet.Sentence> gold = GoldSet.load();
    assertThat(gold).hasSizeGreaterThanOrEqualTo(50);
    assertThat(gold).extracting(s -> s.reference().precision()).containsAll(
        List.of(nl.kroniek.model.PubDate.Precision.values()));
  }

  @Test
  void precisionAndRecallOfSpansAndValuesAreAtLeastNinetyPercent() throws Exception {
    int predicted = 0;
    int expected = 0;
    int spanHits = 0;
    int valueHits = 0;
    StringBuilder errors = new StringBuilder();
    for (GoldSet.Sentence s : GoldSet.load()) {
      List<TimeExpression> found = extractor.extract(s.text(), s.reference());
      predicted += found.size();
      expected += s.expected().size();
      for (TimeExpression e : found) {
        GoldSet.Expected match = s.expected().stream()
            .filter(g -> g.start() == e.start() && g.end() == e.end()).findFirst().orElse(null);
        if (match == null) {
          errors.append("line ").append(s.line()).append(" extra: ").append(describe(e)).append('\n');
          continue;
        }
        spanHits++;
        if (Objects.equals(match.value(), e.value()) && Objects.equals(match.modifier(), e.modifier())) {
          valueHits++;
        } else {
          errors.append("line ").append(s.line()).append(" value: ").append(describe(e)).append(" want ")
              .append(match.value()).append(' ').append(match.modifier()).append('\n');
        }
      }
      for (GoldSet.Expected g : s.expected()) {
        if (found.stream().noneMatch(e -> e.start() == g.start() && e.end() == g.end())) {
          errors.append("line ").append(s.line()).append(" missed: ").append(g.text()).append('\n');
        }
      }
    }
    double spanPrecision = spanHits / (double) predicted;
    double spanRecall = spanHits / (double) expected;
    double valuePrecision = valueHits / (double) predicted;
    double valueRecall = valueHits / (double) expected;
    System.out.printf("time gold set: %d expected, %d predicted; span P=%.3f R=%.3f; value P=%.3f R=%.3f%n%s",
        expected, predicted, spanPrecision, spanRecall, valuePrecision, valueRecall, errors);
    assertThat(spanPrecision).as("span precision\n%s", errors).isGreaterThanOrEqualTo(0.9);
    assertThat(spanRecall).as("span recall\n%s", errors).isGreaterThanOrEqualTo(0.9);
    assertThat(valuePrecision).as("value precision\n%s", errors).isGreaterThanOrEqualTo(0.9);
    assertThat(valueRecall).as("value recall\n%s", errors).isGreaterThanOrEqualTo(0.9);
  }

  private static String describe(TimeExpression e) {
    return "[" + e.text() + "] " + e.value() + " " + e.granularity() + (e.modifier() == null ? "" : " " + e.modifier());
  }
}
