package nl.kroniek.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class WordListTest {

  private static final WordList OPENTAAL = WordList.openTaal();

  @Test
  void bundledListHasAllDistinctLowerCaseKeys() {
    // 413,288 entries fold to fewer keys: Kent/kent, Ring/ring, ... share one key
    assertThat(OPENTAAL.size()).isBetween(400_000, 413_288);
    assertThat(WordList.openTaal()).isSameAs(OPENTAAL);
  }

  @Test
  void containsLowerCaseFormsOfEveryEntry() {
    assertThat(OPENTAAL.contains("minister")).isTrue();
    assertThat(OPENTAAL.contains("veiligheidsdiensten")).isTrue();
    assertThat(OPENTAAL.contains("amsterdam")).isTrue();
    assertThat(OPENTAAL.contains("syrië")).isTrue();
    assertThat(OPENTAAL.contains("€10-biljet")).isTrue(); // a key above U+00FF
    assertThat(OPENTAAL.contains("veiligheids")).isFalse();
    assertThat(OPENTAAL.contains("Minister")).isFalse(); // keys are lower case; callers fold first
    assertThat(OPENTAAL.contains("")).isFalse();
  }

  @Test
  void knownLowercaseWordFoldsItsArgument() {
    assertThat(OPENTAAL.isKnownLowercaseWord("Minister")).isTrue();
    assertThat(OPENTAAL.isKnownLowercaseWord("IS")).isTrue();
    assertThat(OPENTAAL.isKnownLowercaseWord("Amsterdam")).isFalse();
    assertThat(OPENTAAL.isKnownLowercaseWord("Syrië")).isFalse();
    assertThat(OPENTAAL.isKnownLowercaseWord("xqzzyv")).isFalse();
  }

  @Test
  void capitalisedOnlyMarksProperNounsAndAbbreviations() {
    assertThat(OPENTAAL.isCapitalisedOnly("amsterdam")).isTrue();
    assertThat(OPENTAAL.isCapitalisedOnly("SYRIË")).isTrue();
    assertThat(OPENTAAL.isCapitalisedOnly("groenlinks")).isTrue();
    assertThat(OPENTAAL.isCapitalisedOnly("kent")).isFalse(); // both Kent and kent
    assertThat(OPENTAAL.isCapitalisedOnly("minister")).isFalse();
    assertThat(OPENTAAL.isCapitalisedOnly("xqzzyv")).isFalse();
  }

  @Test
  void sliceLookupsMatchStringLookups() {
    char[] buffer = "xxveiligheidyy".toCharArray();
    assertThat(OPENTAAL.contains(buffer, 2, 10)).isTrue();
    assertThat(OPENTAAL.isKnownLowercaseWord(buffer, 2, 10)).isTrue();
    assertThat(OPENTAAL.contains(buffer, 2, 9)).isFalse(); // "veiligh"
    char[] wide = "de€10-biljet".toCharArray();
    assertThat(OPENTAAL.contains(wide, 2, 10)).isTrue();
    assertThatThrownBy(() -> OPENTAAL.contains(buffer, 10, 10)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void ofKeepsCaseFlagsPerKey() {
    WordList list = WordList.of(List.of("Ring", "ring", "NAVO", "appel", "Ärger", "€Uro"));
    assertThat(list.size()).isEqualTo(5);
    assertThat(list.isCapitalisedOnly("navo")).isTrue();
    assertThat(list.isCapitalisedOnly("ring")).isFalse();
    assertThat(list.isKnownLowercaseWord("RING")).isTrue();
    assertThat(list.isCapitalisedOnly("ärger")).isTrue();
    assertThat(list.contains("€uro")).isTrue();
    assertThat(list.isCapitalisedOnly("€URO")).isTrue();
    Set<String> keys = new HashSet<>();
    list.forEachKey(keys::add);
    assertThat(keys).containsExactlyInAnyOrder("ring", "navo", "appel", "ärger", "€uro");
  }

  @Test
  void readsPlainAndGzippedLinesWithCrLf() throws IOException {
    byte[] text = "alfa\r\nBèta\n\ngamma".getBytes(StandardCharsets.UTF_8);
    WordList plain = WordList.read(new ByteArrayInputStream(text), false);
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write(text);
    }
    WordList zipped = WordList.read(new ByteArrayInputStream(gz.toByteArray()), true);
    for (WordList list : List.of(plain, zipped)) {
      assertThat(list.size()).isEqualTo(3);
      assertThat(list.contains("alfa")).isTrue();
      assertThat(list.contains("bèta")).isTrue();
      assertThat(list.isCapitalisedOnly("bèta")).isTrue();
      assertThat(list.contains("gamma")).isTrue();
      assertThat(list.contains("alfa\r")).isFalse();
    }
  }

  @Test
  void growsBeyondItsInitialCapacity() {
    List<String> entries = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      entries.add("woord" + i);
    }
    WordList list = WordList.of(entries);
    assertThat(list.size()).isEqualTo(5_000);
    assertThat(entries).allMatch(list::contains);
    assertThat(list.contains("woord5000")).isFalse();
  }

  @Test
  void randomStringsAreAnsweredConsistentlyWithoutErrors() {
    Random random = new Random(20240601);
    List<String> entries = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      entries.add(randomString(random));
    }
    WordList list = WordList.of(entries);
    for (String e : entries) {
      String key = WordList.lowerCase(e);
      assertThat(list.contains(key)).as(e).isTrue();
      assertThat(list.isKnownLowercaseWord(e) || list.isCapitalisedOnly(e)).as(e).isTrue();
    }
    for (int i = 0; i < 2_000; i++) {
      String probe = randomString(random);
      boolean expected = entries.stream().anyMatch(e -> WordList.lowerCase(e).equals(probe));
      assertThat(list.contains(probe)).as(probe).isEqualTo(expected);
    }
  }

  private static String randomString(Random random) {
    int length = 1 + random.nextInt(12);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < length; i++) {
      sb.append(switch (random.nextInt(4)) {
        case 0 -> (char) ('a' + random.nextInt(3));
        case 1 -> (char) ('A' + random.nextInt(3));
        case 2 -> (char) (0xC0 + random.nextInt(64)); // Latin-1 letters
        default -> (char) (0x100 + random.nextInt(0xD000)); // wide, incl. combining marks
      });
    }
    return sb.toString();
  }
}
