package nl.kroniek.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.kroniek.model.Article;
import nl.kroniek.model.Provenance;
import nl.kroniek.model.PubDate;
import nl.kroniek.model.fact.CitedSource;
import nl.kroniek.model.fact.Entity;
import nl.kroniek.model.fact.EntityType;
import nl.kroniek.model.fact.Facts;
import nl.kroniek.model.fact.Money;
import nl.kroniek.model.fact.Place;
import nl.kroniek.model.fact.Quantity;
import nl.kroniek.model.fact.Quote;
import nl.kroniek.model.fact.TimeExpression;
import nl.kroniek.store.QuerySyntaxException;
import nl.kroniek.store.SearchRequest;
import nl.kroniek.store.SearchResult;
import nl.kroniek.store.StoredArticle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Filtering and counting by extracted facts through the query language. */
class FactQueriesTest {

  @TempDir Path dir;

  private static StoredArticle article(String id, String date, Facts facts) {
    Article a = Article.builder().id(id).text("Tekst van " + id + ".").date(PubDate.parse(date))
        .provenance(new Provenance("t.jsonl", 1, 1, "jsonl")).build();
    return new StoredArticle(a, facts);
  }

  private static Facts facts(List<Entity> entities, List<Quote> quotes, List<CitedSource> sources,
      List<Quantity> quantities, List<Money> money, List<TimeExpression> times, List<Place> places) {
    return new Facts(entities, quotes, sources, quantities, money, times, places, Map.of("test", "1"));
  }

  @BeforeEach
  void fill() throws Exception {
    Facts raqqa = facts(
        List.of(new Entity("kolonel Ryan Dillon", EntityType.PER, "Ryan Dillon", 0, 5),
            new Entity("Dillon", EntityType.PER, "Ryan Dillon", 6, 9),
            new Entity("BBC", EntityType.ORG, "BBC", 10, 13),
            new Entity("Raqqa", EntityType.LOC, "Raqqa", 14, 19)),
        List.of(new Quote("We wilden niet dat er iemand vertrok", "Ryan Dillon", "kolonel", true, 0, 5, 6, 9)),
        List.of(new CitedSource("BBC", "de BBC", "meldt", 10, 13)),
        List.of(new Quantity("zo'n 250 IS-strijders", 250.0, 250.0, 250.0, "about", "IS-strijders", null, "count", 0, 5),
            new Quantity("3.500 familieleden", 3500.0, 3500.0, 3500.0, null, "familieleden", null, "count", 6, 9),
            new Quantity("meer dan honderd voertuigen", 100.0, 100.0, null, "more-than", "voertuigen", null, "count", 9, 12)),
        List.of(),
        List.of(new TimeExpression("midden oktober", "2017-10", "month", "mid", true, 0, 5)),
        List.of(new Place("Ar Raqqah", "Raqqa", 35.95, 39.0, "SY", 172955, 14, 19)));
    Facts turkije = facts(
        List.of(new Entity("Abu Saad", EntityType.PER, "Abu Saad", 0, 5),
            new Entity("The Guardian", EntityType.ORG, "The Guardian", 6, 9)),
        List.of(new Quote("De meesten willen er weg", "Abu Saad", null, true, 0, 5, -1, -1)),
        List.of(new CitedSource("The Guardian", "de Guardian", "vertelde aan", 6, 9)),
        List.of(new Quantity("Vier Saoedische strijders", 4.0, 4.0, 4.0, null, "strijders", null, "count", 0, 5),
            new Quantity("zes tot zeven kilometer", null, 6.0, 7.0, null, null, "km", "measure", 6, 9)),
        List.of(new Money("2.000 dollar", 2000, "USD", null, -1, 0, 5),
            new Money("1.700 euro", 1700, "EUR", null, 0, 6, 9)),
        List.of(new TimeExpression("begin september", "2017-09", "month", "start", true, 0, 5),
            new TimeExpression("vier maanden", "P4M", "duration", null, false, 6, 9)),
        List.of(new Place("Turkije", "Turkije", 39.5, 32.1, "TR", -792, 0, 5)));
    try (LuceneArticleStore store = LuceneArticleStore.openForWriting(dir)) {
      store.add(article("raqqa", "2017-11", raqqa));
      store.add(article("turkije", "2017-09", turkije));
      store.add(article("leeg", "2017-11", Facts.EMPTY));
      store.commit();
    }
  }

  private List<String> ids(String query) throws Exception {
    try (LuceneArticleStore store = LuceneArticleStore.openReadOnly(dir)) {
      return store.search(SearchRequest.of(query).withLimit(50)).hits().stream().map(SearchResult.Hit::id)
          .sorted().toList();
    }
  }

  @Test
  void namesMatchCanonicalAndWrittenForms() throws Exception {
    assertThat(ids("entity:\"Ryan Dillon\"")).containsExactly("raqqa");
    assertThat(ids("person:Dillon")).containsExactly("raqqa");
    assertThat(ids("person:\"abu saad\"")).containsExactly("turkije");
    assertThat(ids("org:BBC")).containsExactly("raqqa");
    assertThat(ids("place:Raqqa")).containsExactly("raqqa");
    assertThat(ids("place:\"Ar Raqqah\"")).containsExactly("raqqa");
    assertThat(ids("country:SY")).containsExactly("raqqa");
    assertThat(ids("person:BBC")).as("a name under another type").isEmpty();
    assertThat(ids("entity:\"Dillon BBC\"")).as("no phrase across two names").isEmpty();
  }

  @Test
  void speakersSourcesAndQuotedWords() throws Exception {
    assertThat(ids("speaker:\"Ryan Dillon\"")).containsExactly("raqqa");
    assertThat(ids("cites:BBC")).containsExactly("raqqa");
    assertThat(ids("cites:Guardian")).containsExactly("turkije");
    assertThat(ids("quote:wilde")).as("quoted words are stemmed").containsExactly("raqqa");
  }

  @Test
  void quantitiesByValueAndCountedThing() throws Exception {
    assertThat(ids("quantity:[200 TO 300] AND about:strijders")).containsExactly("raqqa");
    assertThat(ids("quantity:[3.500 TO 3.500]")).containsExactly("raqqa");
    assertThat(ids("quantity:250")).containsExactly("raqqa");
    assertThat(ids("quantity:[6,5 TO 6,5]")).as("inside a range").containsExactly("turkije");
    assertThat(ids("quantity:[1 TO 5] AND about:strijders")).containsExactly("turkije");
    assertThat(ids("quantity:{250 TO 300]")).isEmpty();
  }

  @Test
  void moneyInACurrency() throws Exception {
    assertThat(ids("money:[1000 TO 3000]")).containsExactly("turkije");
    assertThat(ids("money.usd:[1000 TO 3000]")).containsExactly("turkije");
    assertThat(ids("money.usd:[1 TO 1999]")).isEmpty();
    assertThat(ids("money.eur:1700")).containsExactly("turkije");
    assertThat(ids("currency:usd")).containsExactly("turkije");
  }

  @Test
  void eventTimeIsTheTimeTheTextTalksAbout() throws Exception {
    assertThat(ids("when:[2017-10 TO 2017-10]")).containsExactly("raqqa");
    assertThat(ids("when:2017-09-03")).containsExactly("turkije");
    assertThat(ids("date:2017-10")).as("no article was published in October").isEmpty();
  }

  @Test
  void topValuesCountArticles() throws Exception {
    try (LuceneArticleStore store = LuceneArticleStore.openReadOnly(dir)) {
      assertThat(store.top("person", null, 10)).containsEntry("Ryan Dillon", 1L).containsEntry("Abu Saad", 1L);
      assertThat(store.top("cites", SearchRequest.of("cites:BBC"), 10)).containsOnlyKeys("BBC");
      assertThatThrownBy(() -> store.top("text", null, 10)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void badNumbersAreSyntaxErrors() {
    assertThatThrownBy(() -> ids("quantity:[veel TO 300]")).isInstanceOf(QuerySyntaxException.class)
        .hasMessageContaining("not a number");
  }
}
