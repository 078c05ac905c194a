package nl.kroniek.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.kroniek.ingest.FieldMapping.Field;
import org.junit.jupiter.api.Test;

class FieldMappingTest {

  @Test
  void defaultFieldsAreLookedUpWithAliases() {
    assertThat(FieldMapping.DEFAULT.namesFor(Field.DATE))
        .containsExactly("published_at", "date", "published", "publication_date");
    assertThat(FieldMapping.DEFAULT.namesFor(Field.SOURCE)).containsExactly("source", "medium", "outlet", "publisher");
  }

  @Test
  void explicitNamesReplaceAliasesAndBlankDisablesAField() {
    FieldMapping m = FieldMapping.parse("date=pubdate, id=");
    assertThat(m.namesFor(Field.DATE)).containsExactly("pubdate");
    assertThat(m.namesFor(Field.ID)).isEmpty();
    assertThat(m.namesFor(Field.TEXT)).containsExactly("text", "body", "content");
  }

  @Test
  void badSpecsAreRefused() {
    assertThatThrownBy(() -> FieldMapping.parse("auteur=x")).hasMessageContaining("unknown field 'auteur'");
    assertThatThrownBy(() -> FieldMapping.parse("text")).hasMessageContaining("field=name");
  }

  @Test
  void readOptionsValidateTheFormat() {
    assertThat(ReadOptions.DEFAULT.withFormat("CSV").format()).isEqualTo("csv");
    assertThat(ReadOptions.DEFAULT.withFormat("auto").format()).isNull();
    assertThatThrownBy(() -> ReadOptions.DEFAULT.withFormat("xml")).hasMessageContaining("unknown format 'xml'");
  }
}
