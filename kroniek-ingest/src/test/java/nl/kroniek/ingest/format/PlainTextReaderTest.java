package nl.kroniek.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import nl.kroniek.ingest.CollectingSink;
import nl.kroniek.model.Article;
import nl.kroniek.model.PubDate;
import org.junit.jupiter.api.Test;

class PlainTextReaderTest {

  private final PlainTextReader reader = new PlainTextReader();

  private Article read(String text) throws Exception {
    return CollectingSink.read(reader, "a.txt", text).only();
  }

  @Test
  void shortFirstLineFollowedByBlankLineIsTheTitle() throws Exception {
    Article a = read("Kabinet valt over stikstof\n\nHet kabinet is gevallen.\nDat meldt de NOS.\n");
    assertThat(a.title()).isEqualTo("Kabinet valt over stikstof");
    assertThat(a.text()).isEqualTo("Het kabinet is gevallen. Dat meldt de NOS.");
    assertThat(a.date()).isEqualTo(PubDate.UNKNOWN);
    assertThat(a.provenance().format()).isEqualTo("txt");
  }

  @Test
  void firstLineEndingInAPeriodIsBody() throws Exception {
    Article a = read("Het kabinet is gevallen.\n\nDat meldt de NOS.");
    assertThat(a.title()).isEmpty();
    assertThat(a.text()).isEqualTo("Het kabinet is gevallen.\n\nDat meldt de NOS.");
  }

  @Test
  void firstLineWithoutBlankLineAfterItIsBody() throws Exception {
    Article a = read("Kabinet valt\nover stikstof\n\nMeer tekst.");
    assertThat(a.title()).isEmpty();
    assertThat(a.text()).startsWith("Kabinet valt over stikstof\n\n");
  }

  @Test
  void longFirstLineIsNoTitleAndASingleParagraphIsNoTitle() throws Exception {
    String longLine = "woord ".repeat(40).strip();
    assertThat(read(longLine + "\n\nTekst.").title()).isEmpty();
    assertThat(read("Alleen een regel\n\n").title()).isEmpty();
  }

  @Test
  void creditsAroundTheArticleAreMetadataNotTitle() throws Exception {
    Article a = read("Beeld: Hollandse Hoogte\n\nDe kop\n\nDe tekst.\n\n(c) Reuters");
    assertThat(a.title()).isEqualTo("De kop");
    assertThat(a.text()).isEqualTo("De tekst.");
    assertThat(a.metadata().get(Article.META_CREDIT)).isEqualTo("Beeld: Hollandse Hoogte\n(c) Reuters");
  }

  @Test
  void creditOnlyFileIsRejected() throws Exception {
    assertThat(CollectingSink.read(reader, "a.txt", "© AFP\n").onlyRejection().reason()).contains("no article text");
  }
}
