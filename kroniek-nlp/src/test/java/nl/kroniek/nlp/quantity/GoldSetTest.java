package nl.kroniek.nlp.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import nl.kroniek.model.fact.Money;
import nl.kroniek.model.fact.Quantity;
import org.junit.jupiter.api.Test;

/** Precision and recall on the hand-annotated sentences in gold-sentences.txt (exact match on all fields). */
class GoldSetTest {

  @Test
  void precisionAndRecallAreAtLeastNinetyPercent() throws IOException {
    List<GoldSet.Sentence> sentences = GoldSet.load("gold-sentences.txt");
    assertThat(sentences).hasSizeGreaterThanOrEqualTo(40);
    GoldSet.Score quantities = new GoldSet.Score(0, 0, 0);
    GoldSet.Score money = new GoldSet.Score(0, 0, 0);
    StringBuilder misses = new StringBuilder();
    for (GoldSet.Sentence s : sentences) {
      NumericFacts facts = NumericFacts.extract(s.text());
      GoldSet.Score q = GoldSet.scoreQuantities(s.quantities(), facts.quantities());
      GoldSet.Score m = GoldSet.scoreMoney(s.money(), facts.money());
      quantities = quantities.plus(q);
      money = money.plus(m);
      if (q.truePositives() != q.predicted() || q.truePositives() != q.expected()
          || m.truePositives() != m.predicted() || m.truePositives() != m.expected()) {
        misses.append(describe(s, facts.quantities(), facts.money()));
      }
    }
    GoldSet.Score all = quantities.plus(money);
    System.out.printf(Locale.ROOT, "gold set: %d sentences%n", sentences.size());
    System.out.printf(Locale.ROOT, "  quantities P=%.3f R=%.3f (%d/%d/%d)%n", quantities.precision(),
        quantities.recall(), quantities.truePositives(), quantities.predicted(), quantities.expected());
    System.out.printf(Locale.ROOT, "  money      P=%.3f R=%.3f (%d/%d/%d)%n", money.precision(), money.recall(),
        money.truePositives(), money.predicted(), money.expected());
    System.out.printf(Locale.ROOT, "  all        P=%.3f R=%.3f%n", all.precision(), all.recall());
    if (!misses.isEmpty()) {
      System.out.println("  mismatches:\n" + misses);
    }
    assertThat(quantities.precision()).as("quantity precision").isGreaterThanOrEqualTo(0.9);
    assertThat(quantities.recall()).as("quantity recall").isGreaterThanOrEqualTo(0.9);
    assertThat(money.precision()).as("money precision").isGreaterThanOrEqualTo(0.9);
    assertThat(money.recall()).as("money recall").isGreaterThanOrEqualTo(0.9);
  }

  private static String describe(GoldSet.Sentence s, List<Quantity> quantities, List<Money> money) {
    StringBuilder b = new StringBuilder("    ").append(s.text()).append('\n');
    s.quantities().stream().filter(e -> quantities.stream().noneMatch(p -> GoldSet.same(e, p)))
        .forEach(e -> b.append("      missed    ").append(e).append('\n'));
    quantities.stream().filter(p -> s.quantities().stream().noneMatch(e -> GoldSet.same(e, p)))
        .forEach(p -> b.append("      spurious  ").append(p).append('\n'));
    s.money().stream().filter(e -> money.stream().noneMatch(p -> GoldSet.same(e, p)))
        .forEach(e -> b.append("      missed    ").append(e).append('\n'));
    money.stream().filter(p -> s.money().stream().noneMatch(e -> GoldSet.same(e, p)))
        .forEach(p -> b.append("      spurious  ").append(p).append('\n'));
    return b.toString();
  }
}
