package nl.kroniek.nlp.geo;

import static org.assertj.core.api.Assertions.assertThat;

import nl.kroniek.nlp.geo.NameForms.Form;
import nl.kroniek.nlp.geo.NameForms.Variant;
import org.junit.jupiter.api.Test;

class NameFormsTest {

  @Test
  void theWrittenFormComesFirst() {
    assertThat(NameForms.of("Noord-Holland")).containsExactly(new Form("noord holland", Variant.AS_WRITTEN),
        new Form("holland", Variant.PART_OF));
  }

  @Test
  void compassWordsBeforeAndAfter() {
    assertThat(NameForms.of("Noordoost-Syrië")).contains(new Form("syrie", Variant.PART_OF));
    assertThat(NameForms.of("Noord-Oost-Syrië")).contains(new Form("syrie", Variant.PART_OF));
    assertThat(NameForms.of("Groot-Londen")).contains(new Form("londen", Variant.PART_OF));
    assertThat(NameForms.of("Amsterdam Noord")).contains(new Form("amsterdam", Variant.DISTRICT_OF));
    assertThat(NameForms.of("Den Haag Centraal")).contains(new Form("den haag", Variant.DISTRICT_OF));
  }

  @Test
  void possessiveButNoOtherInflection() {
    assertThat(NameForms.of("China’s")).extracting(Form::key).containsExactly("china s", "china");
    assertThat(NameForms.of("Nederlands")).extracting(Form::key).containsExactly("nederlands");
    assertThat(NameForms.of("'s-Hertogenbosch")).extracting(Form::key).containsExactly("s hertogenbosch");
  }

  @Test
  void aLowerCaseArticleIsDropped() {
    assertThat(NameForms.of("de Verenigde Staten")).extracting(Form::key).containsExactly("verenigde staten");
    assertThat(NameForms.of("noord-Syrië")).extracting(Form::key).containsExactly("noord syrie", "syrie");
  }

  @Test
  void compassWordsAloneAndPlanetsAreNotLookedUp() {
    assertThat(NameForms.of("Noord")).isEmpty();
    assertThat(NameForms.of("Westen")).isEmpty();
    assertThat(NameForms.of("Mars")).isEmpty();
    assertThat(NameForms.of("--")).isEmpty();
    assertThat(NameForms.of("")).isEmpty();
  }
}
