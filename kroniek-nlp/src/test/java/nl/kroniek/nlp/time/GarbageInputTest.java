package nl.kroniek.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import java.util.Set;
import nl.kroniek.model.PubDate;
import nl.kroniek.model.fact.TimeExpression;
import org.junit.jupiter.api.Test;

/** Random and hostile input: never an exception, always well-formed output. */
class GarbageInputTest {

  private static final Set<String> GRANULARITIES = Set.of(
      "day", "week", "month", "quarter", "season", "halfyear", "year", "decade", "duration");
  private static final Set<String> MODIFIERS = Set.of("start", "mid", "end");
  private static final String[] TIME_WORDS = {
      "gisteren", "vorige", "week", "15", "oktober", "2017", "jaar", "geleden", "over", "twee", "de", "afgelopen",
      "weken", "begin", "eind", "het", "van", "tot", "jaren", "negentig", "'", "-", "/", ".", ",", "Q", "3",
      "kwartaal", "dinsdag", "een", "paar", "dagen", "anderhalf", "uur", "half", "9999", "0", "29", "februari",
      "helft", "eerste", "deze", "zomer", "Pasen", "t", "m", "in", "sinds", "999999999999", "\n", "(", ")"};

  private final TimeExtractor extractor = new TimeExtractor();

  @Test
  void randomCharactersAndShuffledTimeWordsKeepTheInvariants() {
    Random random = new Random(20171115);
    PubDate[] refs = {TimeAssert.DAY, TimeAssert.MONTH, TimeAssert.YEAR, TimeAssert.INSTANT, PubDate.UNKNOWN,
        PubDate.ofDay(java.time.LocalDate.of(2000, 2, 29)), PubDate.ofYear(1)};
    for (int round = 0; round < 3000; round++) {
      String text = round % 2 == 0 ? randomChars(random, random.nextInt(300)) : randomWords(random, 60);
      checkInvariants(text, extractor.extract(text, refs[round % refs.length]));
    }
  }

  @Test
  void hugeNumbersAndLongRunsAreHarmless() {
    String digits = "9".repeat(400);
    String text = "In " + digits + " jaar geleden, " + digits + "-" + digits + "-" + digits + " en "
        + "a".repeat(100_000) + " " + "-".repeat(10_000) + " op 15 oktober 2017.";
    List<TimeExpression> found = extractor.extract(text, TimeAssert.DAY);
    checkInvariants(text, found);
    assertThat(found).extracting(TimeExpression::value).containsExactly("2017-10-15");
  }

  @Test
  void largeCountsInShiftsDoNotOverflowTheCalendar() {
    List<TimeExpression> found = extractor.extract("9999 jaar geleden en over 4999 jaar", PubDate.ofYear(2017));
    checkInvariants("9999 jaar geleden en over 4999 jaar", found);
    assertThat(found).extracting(TimeExpression::text).containsExactly("9999 jaar", "over 4999 jaar");
    assertThat(found.get(1).value()).isEqualTo("7016");
  }

  @Test
  void aLongArticleIsScannedCompletelyWithExactOffsets() {
    // Several megabytes: the token window is fixed-size, so offsets must stay right far into the text.
    StringBuilder sb = new StringBuilder();
    String sentence = "Gisteren kwamen 250 mensen bijeen; begin september volgt een besluit. \u00e9\ud83d\ude00 ";
    while (sb.length() < 4_000_000) {
      sb.append(sentence);
    }
    String text = sb.toString();
    List<TimeExpression> found = extractor.extract(text, TimeAssert.MONTH);
    checkInvariants(text, found);
    int sentences = text.length() / sentence.length();
    assertThat(found).hasSize(2 * sentences);
    assertThat(found.get(found.size() - 1).text()).isEqualTo("begin september");
  }

  @Test
  void nullArgumentsAreRejected() {
    assertThatThrownBy(() -> extractor.extract(null, PubDate.UNKNOWN)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("text");
    assertThatThrownBy(() -> extractor.extract("x", null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("reference");
  }

  private static void checkInvariants(String text, List<TimeExpression> found) {
    int previousEnd = 0;
    for (TimeExpression e : found) {
      assertThat(e.start()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(e.end()).isGreaterThan(e.start()).isLessThanOrEqualTo(text.length());
      assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text());
      assertThat(e.granularity()).isIn(GRANULARITIES);
      if (e.modifier() != null) {
        assertThat(e.modifier()).isIn(MODIFIERS);
      }
      if (!e.relative()) {
        assertThat(e.value()).as("absolute expressions always have a value: %s", e).isNotNull();
      }
      previousEnd = e.end();
    }
  }

  private static String randomChars(Random random, int length) {
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      int kind = random.nextInt(5);
      sb.append(switch (kind) {
        case 0 -> (char) random.nextInt(0x10000); // any UTF-16 unit, lone surrogates included
        case 1 -> (char) ('0' + random.nextInt(10));
        case 2 -> " -/.,'\n".charAt(random.nextInt(7));
        default -> (char) ('a' + random.nextInt(26));
      });
    }
    return sb.toString();
  }

  private static String randomWords(Random random, int words) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words; i++) {
      sb.append(TIME_WORDS[random.nextInt(TIME_WORDS.length)]);
      if (random.nextInt(4) > 0) {
        sb.append(' ');
      }
    }
    return sb.toString();
  }
}
