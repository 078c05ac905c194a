package nl.kroniek.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.kroniek.ingest.CollectingSink;
import nl.kroniek.model.Article;
import nl.kroniek.model.PubDate;
import org.junit.jupiter.api.Test;

class SeedReaderTest {

  private final SeedReader reader = new SeedReader();

  @Test
  void textOnTheHeaderLineIsBodyAndBlankLineRunsAreOneBreak() throws Exception {
    String seed = " date 2017-11 Eerste alinea begint hier\nen loopt door.\n\nTussenkop\n\n\n\n"
        + "Tweede   alinea.\t Met\u00A0ruimte.\n\n\n";
    Article a = CollectingSink.read(reader, "s.txt", seed).only();
    assertThat(a.text()).isEqualTo("Eerste alinea begint hier en loopt door.\n\nTussenkop\n\nTweede alinea. Met ruimte.");
    assertThat(a.title()).isEmpty();
    assertThat(a.date()).isEqualTo(PubDate.ofMonth(2017, 11));
    assertThat(a.date().precision()).isEqualTo(PubDate.Precision.MONTH);
    assertThat(a.provenance().line()).isEqualTo(1);
    assertThat(a.provenance().format()).isEqualTo("seed");
    assertThat(a.id()).startsWith("h-");
  }

  @Test
  void creditAfterTheDateAndAtTheEndGoesToMetadata() throws Exception {
    String seed = " date 2017-09-04 © getty.\n\nDe tekst van het artikel.\n\nFoto: ANP\n";
    Article a = CollectingSink.read(reader, "s.txt", seed).only();
    assertThat(a.text()).isEqualTo("De tekst van het artikel.");
    assertThat(a.metadata()).containsEntry(Article.META_CREDIT, "© getty.\nFoto: ANP");
    assertThat(a.date()).isEqualTo(PubDate.ofDay(java.time.LocalDate.of(2017, 9, 4)));
  }

  @Test
  void impossibleDateKeepsTheArticleWithUnknownDate() throws Exception {
    Article a = CollectingSink.read(reader, "s.txt", "date 2017-13 Tekst.").only();
    assertThat(a.date()).isEqualTo(PubDate.UNKNOWN);
    assertThat(a.metadata()).containsEntry("date.raw", "2017-13");
  }

  @Test
  void missingHeaderOrTextIsRejected() throws Exception {
    assertThat(CollectingSink.read(reader, "s.txt", "Gewoon tekst.").onlyRejection().reason())
        .contains("header");
    assertThat(CollectingSink.read(reader, "s.txt", " date 2017-11 \n\n © AFP\n").onlyRejection().reason())
        .contains("no article text");
  }

  @Test
  void recognisesTheHeader() {
    assertThat(SeedReader.startsWithDateHeader(" date 2017-11 De BBC")).isTrue();
    assertThat(SeedReader.startsWithDateHeader("\n\tdate 2017-11-05\n")).isTrue();
    assertThat(SeedReader.startsWithDateHeader("date 2017-11x")).isFalse();
    assertThat(SeedReader.startsWithDateHeader("update 2017-11")).isFalse();
  }

  @Test
  void sharedSeed000() throws Exception {
    Article a = readSeed("000_4469d13e565ce0d2.txt");
    assertThat(a.date()).isEqualTo(PubDate.ofMonth(2017, 11));
    assertThat(a.date().precision()).isEqualTo(PubDate.Precision.MONTH);
    assertThat(a.text()).startsWith("De BBC sprak");
    assertThat(a.text().split("\n\n")).contains("Franse jihadisten").hasSize(5);
    assertThat(a.title()).isEmpty();
    assertThat(a.text()).doesNotContain("\n\n\n").doesNotContain("  ");
  }

  @Test
  void sharedSeed004() throws Exception {
    Article a = readSeed("004_e33e5ef2df753ae3.txt");
    assertThat(a.date()).isEqualTo(PubDate.ofMonth(2017, 9));
    assertThat(a.text()).startsWith("Naarmate IS");
    assertThat(a.metadata()).containsEntry(Article.META_CREDIT, "© getty.");
    assertThat(a.text()).doesNotContain("getty").doesNotContain("©");
  }

  private Article readSeed(String name) throws Exception {
    Path seeds = Path.of(System.getProperty("kroniek.seeds", "../kroniek-cli/src/main/resources/nl/kroniek/cli/demo"));
    assumeTrue(Files.isRegularFile(seeds.resolve(name)), "the seed articles are not at " + seeds);
    return CollectingSink.read(reader, name, Files.readAllBytes(seeds.resolve(name))).only();
  }
}
