package nl.kroniek.nlp.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.Set;
import nl.kroniek.model.fact.Money;
import nl.kroniek.model.fact.Quantity;
import org.junit.jupiter.api.Test;

/** Garbage never fails: random text, absurd numbers, long runs of symbols and very large input. */
class GarbageInputTest {

  private static final Set<String> KINDS = Set.of(Kind.COUNT, Kind.PERCENTAGE, Kind.MEASURE, Kind.AGE,
      Kind.DURATION);
  private static final Set<String> APPROX = Set.of(Approx.ABOUT, Approx.MORE_THAN, Approx.LESS_THAN,
      Approx.AT_LEAST, Approx.AT_MOST, Approx.VAGUE);
  private static final String[] PIECES = {"zo'n", "250", "3.500", "2,5", "miljoen", "euro", "€", "$", "(", ")",
      "omgerekend", "tot", "à", "-", "tussen", "en", "ruim", "meer", "dan", "tientallen", "jarige", "26",
      "procent", "%", "\n\n", ".", ",", "een", "half", "van", "de", "man", "1.700", "dollar", "km", "uur", "om",
      "2017", "oktober", "'s", "\"", "ë", "op", "drie", "vier", "maanden", "0", "06", "+", "/", ":", "999999999"};

  @Test
  void randomTextKeepsTheInvariants() {
    Random random = new Random(20171115);
    for (int round = 0; round < 3000; round++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(60);
      for (int i = 0; i < length; i++) {
        switch (random.nextInt(4)) {
          case 0 -> text.append((char) random.nextInt(0x3000));
          case 1 -> text.append(' ');
          default -> text.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextBoolean() ? " " : "");
        }
      }
      checkInvariants(text.toString());
    }
  }

  @Test
  void randomBytesKeepTheInvariants() {
    Random random = new Random(42);
    for (int round = 0; round < 500; round++) {
      byte[] bytes = new byte[random.nextInt(400)];
      random.nextBytes(bytes);
      checkInvariants(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1));
      checkInvariants(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  @Test
  void hugeNumbersAreSkippedOrFinite() {
    String text = "Er waren " + "9".repeat(400) + " mensen en " + "1.000".repeat(100) + " euro en "
        + "9".repeat(300) + " miljard miljard dollar.";
    NumericFacts facts = checkInvariants(text);
    assertThat(facts.quantities()).allSatisfy(q -> assertThat(q.value()).isNull());
  }

  @Test
  void thousandsOfQuoteMarksAndEmptyText() {
    assertThat(checkInvariants("\"".repeat(5000)).quantities()).isEmpty();
    assertThat(checkInvariants("'".repeat(5000) + " 250 strijders").quantities()).hasSize(1);
    assertThat(checkInvariants("").quantities()).isEmpty();
    assertThat(checkInvariants("€€€€$$$$ ,-,-,- %%%%").money()).isEmpty();
  }

  @Test
  void twentyMegabytesGiveTheExpectedCount() {
    String sentence = "Zo'n 250 IS-strijders en 3.500 familieleden betaalden 2.000 dollar (omgerekend 1.700 euro). ";
    int copies = 20_000_000 / sentence.length();
    String text = sentence.repeat(copies);
    NumericFacts facts = NumericFacts.extract(text);
    assertThat(facts.quantities()).hasSize(2 * copies);
    assertThat(facts.money()).hasSize(2 * copies);
    Money lastEuro = facts.money().get(facts.money().size() - 1);
    assertThat(lastEuro.equivalentOf()).isEqualTo(facts.money().size() - 2);
    Quantity last = facts.quantities().get(facts.quantities().size() - 1);
    assertThat(text.substring(last.start(), last.end())).isEqualTo("3.500 familieleden");
  }

  private static NumericFacts checkInvariants(String text) {
    NumericFacts facts = NumericFacts.extract(text);
    assertThat(facts.quantities()).isEqualTo(new QuantityExtractor().extract(text));
    assertThat(facts.money()).isEqualTo(new MoneyExtractor().extract(text));
    int previousEnd = 0;
    for (Quantity q : facts.quantities()) {
      assertThat(q.start()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(q.end()).isGreaterThan(q.start()).isLessThanOrEqualTo(text.length());
      assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
      assertThat(q.kind()).isIn(KINDS);
      if (q.approx() != null) {
        assertThat(q.approx()).isIn(APPROX);
      }
      assertThat(q.value() != null || q.low() != null && q.high() != null).as("value or range: %s", q).isTrue();
      for (Double d : List.of(nullToZero(q.value()), nullToZero(q.low()), nullToZero(q.high()))) {
        assertThat(Double.isFinite(d)).isTrue();
      }
      if (q.low() != null && q.high() != null) {
        assertThat(q.low()).isLessThanOrEqualTo(q.high());
      }
      previousEnd = q.end();
    }
    for (int k = 0; k < facts.money().size(); k++) {
      Money m = facts.money().get(k);
      assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
      assertThat(m.currency()).matches("[A-Z]{3}");
      assertThat(Double.isFinite(m.value())).isTrue();
      assertThat(m.equivalentOf()).isBetween(-1, k - 1);
    }
    return facts;
  }

  private static double nullToZero(Double d) {
    return d == null ? 0 : d;
  }
}
