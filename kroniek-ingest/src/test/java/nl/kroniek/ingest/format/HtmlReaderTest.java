package nl.kroniek.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import nl.kroniek.ingest.CollectingSink;
import nl.kroniek.model.Article;
import nl.kroniek.model.PubDate;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {

  private final HtmlReader reader = new HtmlReader();

  @Test
  void readsMetadataAndTheArticleWithoutBoilerplate() throws Exception {
    String html = """
        <!DOCTYPE html><html lang="nl-NL"><head>
        <title>Kabinet valt | NU.nl</title>
        <meta property="og:title" content="Kabinet valt over stikstof">
        <meta property="og:site_name" content="NU.nl">
        <meta property="article:published_time" content="2019-02-12T10:15:00+01:00">
        <meta name="author" content="Jan Jansen">
        <link rel="canonical" href="https://www.nu.nl/a/1">
        </head><body>
        <nav><a href="/">Home</a> <a href="/x">Politiek</a></nav>
        <div class="cookie-banner">Wij gebruiken cookies.</div>
        <article>
          <h1>Kabinet valt over stikstof</h1>
          <p>Het kabinet is <b>gevallen</b>.</p>
          <figure><img src="a.jpg"><figcaption>Foto van het Binnenhof</figcaption></figure>
          <div class="shareButtons">Deel dit artikel</div>
          <h2>Reactie</h2>
          <p>De premier reageerde<br>geschokt.</p>
          <p>Foto: ANP</p>
        </article>
        <aside><p>Lees ook: iets anders</p></aside>
        <footer>© 2019 NU.nl</footer>
        </body></html>
        """;
    Article a = CollectingSink.read(reader, "a.html", html).only();
    assertThat(a.title()).isEqualTo("Kabinet valt over stikstof");
    assertThat(a.text()).isEqualTo("Het kabinet is gevallen.\n\nReactie\n\nDe premier reageerde geschokt.");
    assertThat(a.date()).isEqualTo(PubDate.ofInstant(Instant.parse("2019-02-12T09:15:00Z")));
    assertThat(a.source()).isEqualTo("NU.nl");
    assertThat(a.url()).isEqualTo("https://www.nu.nl/a/1");
    assertThat(a.language()).isEqualTo("nl");
    assertThat(a.metadata()).containsEntry("author", "Jan Jansen").containsEntry(Article.META_CREDIT, "Foto: ANP");
    assertThat(a.provenance().format()).isEqualTo("html");
  }

  @Test
  void withoutArticleElementTheDensestBlockWinsAndTitleAndDateFallBack() throws Exception {
    String html = """
        <html><head><title>Nieuws - De Krant</title>
        <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2019-03-01"}</script>
        </head><body>
        <div id="menu"><p>Home</p><p>Sport</p></div>
        <div class="col"><p>Kort.</p></div>
        <div class="content">
          <p>Dit is de eerste alinea van het eigenlijke artikel, met genoeg tekst.</p>
          <p>En dit is de tweede alinea, ook met genoeg tekst om te winnen.</p>
        </div>
        <div class="related-articles"><p>Een ander artikel met een lange titel die niet meetelt.</p></div>
        </body></html>
        """;
    Article a = CollectingSink.read(reader, "a.htm", html).only();
    assertThat(a.title()).isEqualTo("Nieuws - De Krant");
    assertThat(a.text()).isEqualTo("Dit is de eerste alinea van het eigenlijke artikel, met genoeg tekst.\n\n"
        + "En dit is de tweede alinea, ook met genoeg tekst om te winnen.");
    assertThat(a.date()).isEqualTo(PubDate.ofDay(LocalDate.of(2019, 3, 1)));
    assertThat(a.language()).isEqualTo("nl");
  }

  @Test
  void timeElementAndDoubleBreaksMakeParagraphs() throws Exception {
    String html = "<html><body><h1>Kop</h1><time datetime=\"2018-05-04\">4 mei</time>"
        + "<div itemprop=\"articleBody\">Regel een<br><br>Regel twee</div></body></html>";
    Article a = CollectingSink.read(reader, "a.html", html).only();
    assertThat(a.title()).isEqualTo("Kop");
    assertThat(a.text()).isEqualTo("Regel een\n\nRegel twee");
    assertThat(a.date()).isEqualTo(PubDate.ofDay(LocalDate.of(2018, 5, 4)));
  }

  @Test
  void pageWithoutTextIsRejected() throws Exception {
    String html = "<html><head><title>Laden...</title><script>app()</script></head><body><nav>Menu</nav></body></html>";
    assertThat(CollectingSink.read(reader, "a.html", html).onlyRejection().reason())
        .isEqualTo("no article text found in the page");
  }

  @Test
  void boilerplateWords() {
    assertThat(MainText.soundsLikeBoilerplate("mainNav")).isTrue();
    assertThat(MainText.soundsLikeBoilerplate("site-footer wrapper")).isTrue();
    assertThat(MainText.soundsLikeBoilerplate("article-body unavailable")).isFalse();
    assertThat(MainText.soundsLikeBoilerplate("shadow")).isFalse();
  }
}
