package nl.kroniek.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DecompounderTest {

  private static final Decompounder DUTCH = Decompounder.dutch();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = ';', value = {
    "veiligheidsdiensten; veiligheid|diensten",
    "familieleden; familie|leden",
    "vrachtwagenchauffeurs; vrachtwagen|chauffeurs",
    "inlichtingendiensten; inlichtingen|diensten",
    "grenswachten; grens|wachten",
    "oorlogsgebied; oorlog|gebied",
    "kinderopvangtoeslag; kinderopvang|toeslag",
    "gemeenteraadsverkiezingen; gemeenteraad|verkiezingen",
    "belastingdienst; belasting|dienst",
    "politieagenten; politie|agenten",
    "klimaatakkoord; klimaat|akkoord",
    "ziekenhuisopname; ziekenhuis|opname",
    "woningbouwcorporaties; woningbouw|corporaties",
    "brandweermannen; brandweer|mannen",
    "fietstassen; fiets|tassen",
    "nieuwsberichten; nieuws|berichten",
    "waterstand; water|stand",
  })
  void splitsCompoundsIntoListedWords(String word, String expected) {
    assertThat(DUTCH.split(word)).containsExactly(expected.split("\\|"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "minister", "smokkelaars", "verkiezingen", "regering", "betekent", "onderweg", "gesprekken",
    "verschalken", "parlementariërs", "amsterdam", "groenlinks", "nieuwenhuizen", "burgemeester",
    "vrijdagen", "goedkoper", "stoppen", "verschillende", "uitzondering", "leiding"
  })
  void keepsDerivedWordsNamesAndLexicalisedWordsWhole(String word) {
    assertThat(DUTCH.split(word)).isEmpty();
  }

  @Test
  void splitsHyphenatedWordsAtTheHyphensOnly() {
    assertThat(DUTCH.split("is-strijders")).containsExactly("is", "strijders");
    assertThat(DUTCH.split("saoedi-arabië")).containsExactly("saoedi", "arabië");
    assertThat(DUTCH.split("--strijders")).isEmpty();
    assertThat(DUTCH.split("strijders-")).isEmpty();
    assertThat(DUTCH.split("a-strijders")).isEmpty();
    assertThat(DUTCH.split("covid-19-crisis")).isEmpty();
  }

  @Test
  void ignoresShortLongAndNonLetterTokens() {
    assertThat(DUTCH.split("zeeman")).isEmpty(); // below MIN_WORD_LENGTH
    assertThat(DUTCH.split("veiligheids2diensten")).isEmpty();
    assertThat(DUTCH.split("klimaat akkoord")).isEmpty();
    assertThat(DUTCH.split("Veiligheidsdiensten")).isEmpty(); // callers lower-case first
    assertThat(DUTCH.split("veiligheid".repeat(7))).isEmpty(); // beyond MAX_WORD_LENGTH
    assertThatThrownBy(() -> DUTCH.split(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void worksWithAnyWordListAndCachesResults() {
    WordList words = WordList.of(List.of("water", "toren", "watertoren", "Jansen"));
    Decompounder small = new Decompounder(words, WordList.of(List.of("Watertoren")));
    // a family name that is also a lower-case word may still be split
    List<String> first = small.split("watertoren");
    assertThat(first).containsExactly("water", "toren");
    assertThat(small.split(new StringBuilder("watertoren"))).isSameAs(first);
    assertThat(small.split("watertorens")).isEmpty(); // not a listed head
  }

  @Test
  void boundedCacheKeepsAnsweringCorrectly() {
    WordList words = WordList.of(List.of("water", "toren", "molen"));
    Decompounder tiny = new Decompounder(words, WordList.of(List.of()), CompoundRules.bundled(), 2);
    for (int i = 0; i < 5; i++) {
      assertThat(tiny.split("watertoren")).containsExactly("water", "toren");
      assertThat(tiny.split("watermolen")).containsExactly("water", "molen");
      assertThat(tiny.split("molentoren")).containsExactly("molen", "toren");
    }
    assertThatThrownBy(() -> new Decompounder(words, words, CompoundRules.bundled(), -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void randomInputYieldsOrderedPartsOfTheWordOrNothing() {
    Random random = new Random(7);
    String alphabet = "aeiounrstlkdgmpvwbhjzcfëéï-1'\u0308\uD83D\uDE00";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(40);
      for (int k = 0; k < length; k++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String word = sb.toString();
      assertPartsAreOrderedPieces(word, DUTCH.split(word));
    }
    // real words, joined two at a time, exercise the splitting paths
    String[] real = {"klimaat", "water", "politie", "huis", "dienst", "veiligheid", "akkoord", "stand"};
    for (String a : real) {
      for (String b : real) {
        assertPartsAreOrderedPieces(a + b, DUTCH.split(a + b));
        assertPartsAreOrderedPieces(a + "s" + b, DUTCH.split(a + "s" + b));
      }
    }
  }

  private static void assertPartsAreOrderedPieces(String word, List<String> parts) {
    assertThat(parts.size()).as(word).isNotEqualTo(1);
    int from = 0;
    for (String part : parts) {
      assertThat(part).as(word).isNotEmpty().doesNotContain("-");
      int at = word.indexOf(part, from);
      assertThat(at).as("%s in %s", part, word).isGreaterThanOrEqualTo(from);
      assertThat(at - from).as("gap before %s in %s", part, word).isLessThanOrEqualTo(from == 0 ? 0 : 2);
      from = at + part.length();
    }
    if (!parts.isEmpty()) {
      assertThat(from).as(word).isEqualTo(word.length()); // the head ends the word
    }
  }
}
