package nl.kroniek.nlp.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AbbreviationsTest {

  private final Abbreviations dutch = Abbreviations.dutch();

  @Test
  void matchesAsListedLowerCaseOrCapitalisedButNotAllCaps() {
    assertThat(dutch.kindOf("dhr.")).contains(Abbreviations.Kind.TITLE);
    assertThat(dutch.kindOf("Dhr.")).contains(Abbreviations.Kind.TITLE);
    assertThat(dutch.kindOf("DHR.")).isEmpty();
    assertThat(dutch.kindOf("ing.")).contains(Abbreviations.Kind.TITLE);
    assertThat(dutch.kindOf("ING.")).isEmpty();
    assertThat(dutch.kindOf("Ph.D.")).contains(Abbreviations.Kind.WITHIN_SENTENCE);
    assertThat(dutch.kindOf("v.Chr.")).contains(Abbreviations.Kind.WITHIN_SENTENCE);
    assertThat(dutch.kindOf("dhr")).isEmpty();
  }

  @Test
  void kindsSaySentenceBehaviour() {
    assertThat(dutch.kindOf("enz.")).contains(Abbreviations.Kind.MAY_END_SENTENCE);
    assertThat(dutch.kindOf("e.a.")).contains(Abbreviations.Kind.MAY_END_SENTENCE);
    assertThat(dutch.kindOf("blz.")).contains(Abbreviations.Kind.WITHIN_SENTENCE);
    assertThat(dutch.kindOf("jan.")).contains(Abbreviations.Kind.NEXT_TO_NUMBER);
    assertThat(dutch.kindOf("Jan.")).contains(Abbreviations.Kind.NEXT_TO_NUMBER);
  }

  @Test
  void customListsCanBeMadeAndExtended() {
    Abbreviations mine = Abbreviations.of(Map.of("bijl.", Abbreviations.Kind.WITHIN_SENTENCE));
    assertThat(mine.kindOf("bijl.")).isPresent();
    assertThat(mine.kindOf("dhr.")).isEmpty();
    Abbreviations more = dutch.with(Map.of("dhr.", Abbreviations.Kind.MAY_END_SENTENCE, "bijl.",
        Abbreviations.Kind.WITHIN_SENTENCE));
    assertThat(more.kindOf("Dhr.")).contains(Abbreviations.Kind.MAY_END_SENTENCE);
    assertThat(more.kindOf("enz.")).contains(Abbreviations.Kind.MAY_END_SENTENCE);
    assertThat(dutch.kindOf("bijl.")).as("the Dutch list is unchanged").isEmpty();
  }

  @Test
  void entriesMustEndWithAPeriodAndHaveNoSpaces() {
    assertThatThrownBy(() -> Abbreviations.of(Map.of("dhr", Abbreviations.Kind.TITLE)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Abbreviations.of(Map.of("d. w.", Abbreviations.Kind.TITLE)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
