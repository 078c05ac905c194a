package nl.kroniek.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.Map;
import nl.kroniek.model.PubDate;
import nl.kroniek.model.fact.Facts;
import org.junit.jupiter.api.Test;

/** Reading and verifying the stand-off gold format. */
class FactsGoldTest {

  // "Rutte zei: 'Ja.' Volgens de NOS kwamen 250 mensen in 2017 naar Utrecht; kosten: 3 miljoen euro."
  private static final String TEXT =
      "Rutte zei: 'Ja.' Volgens de NOS kwamen 250 mensen in 2017 naar Utrecht; kosten: 3 miljoen euro.";

  private static String line(String sha) {
    return "{\"id\":\"t-1\",\"sha256\":\"" + sha + "\",\"date\":\"2019-03-05\","
        + "\"quotes\":[{\"start\":11,\"end\":16,\"speaker\":\"Mark Rutte\",\"direct\":true}],"
        + "\"sources\":[{\"start\":28,\"end\":31,\"name\":\"NOS\"}],"
        + "\"quantities\":[{\"start\":39,\"end\":49,\"value\":250,\"low\":250,\"high\":250,\"about\":\"mensen\"}],"
        + "\"money\":[{\"start\":80,\"end\":94,\"value\":3000000,\"currency\":\"EUR\"}],"
        + "\"times\":[{\"start\":53,\"end\":57,\"value\":\"2017\"},{\"start\":0,\"end\":0,\"value\":null,"
        + "\"mod\":\"end\"}],"
        + "\"places\":[{\"start\":63,\"end\":70,\"country\":\"NL\",\"name\":\"Utrecht\"},"
        + "{\"start\":0,\"end\":5,\"country\":null,\"name\":\"Europe\"}]}";
  }

  private static FactsGold read(String content) throws IOException {
    return FactsGold.read(new StringReader(content));
  }

  @Test
  void readsEveryFieldIntoTheModelRecords() throws IOException {
    FactsGold gold = read("# comment\n\n" + line(FactsGold.fingerprint(TEXT)) + "\n");
    assertThat(gold.size()).isOne();
    GoldArticle a = gold.article("t-1");
    assertThat(a.date()).isEqualTo(PubDate.parse("2019-03-05"));
    Facts f = a.facts();
    assertThat(TEXT.substring(f.quotes().get(0).start(), f.quotes().get(0).end())).isEqualTo("'Ja.'");
    assertThat(f.quotes().get(0).speaker()).isEqualTo("Mark Rutte");
    assertThat(f.quotes().get(0).direct()).isTrue();
    assertThat(TEXT.substring(f.sources().get(0).start(), f.sources().get(0).end())).isEqualTo("NOS");
    assertThat(f.quantities().get(0).value()).isEqualTo(250.0);
    assertThat(f.quantities().get(0).about()).isEqualTo("mensen");
    assertThat(TEXT.substring(f.money().get(0).start(), f.money().get(0).end())).isEqualTo("3 miljoen euro");
    assertThat(f.money().get(0).currency()).isEqualTo("EUR");
    assertThat(f.times()).extracting(t -> t.value()).containsExactly(null, "2017");
    assertThat(f.times().get(0).modifier()).isEqualTo("end");
    assertThat(f.places()).extracting(p -> p.country()).containsExactly(null, "NL");
    assertThat(gold.counts()).containsEntry(Extractor.TIMES, 2).containsEntry(Extractor.QUOTES, 1);
    assertThat(gold.facts()).containsOnlyKeys("t-1");
  }

  @Test
  void verifyAcceptsTheRightTextAndNamesEveryProblem() throws IOException {
    FactsGold gold = read(line(FactsGold.fingerprint(TEXT)));
    assertThat(gold.verify(Map.of("t-1", TEXT))).isEmpty();
    assertThat(gold.verify(Map.of())).singleElement().asString().contains("t-1", "no text");
    assertThat(gold.verify(Map.of("t-1", TEXT + " "))).singleElement().asString().contains("fingerprint");

    String shortText = TEXT.substring(0, 60);
    FactsGold forShort = read(line(FactsGold.fingerprint(shortText)));
    assertThat(forShort.verify(Map.of("t-1", shortText)))
        .anySatisfy(p -> assertThat(p).contains("places[1]").contains("beyond"))
        .anySatisfy(p -> assertThat(p).contains("money[0]"));
  }

  @Test
  void fingerprintIsTheStartOfTheSha256OfUtf8() {
    // sha256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
    assertThat(FactsGold.fingerprint("abc")).isEqualTo("ba7816bf8f01cfea");
    assertThat(FactsGold.fingerprint("é")).isNotEqualTo(FactsGold.fingerprint("e"));
  }

  @Test
  void missingListsAreEmptyAndDirectDefaultsToTrue() throws IOException {
    FactsGold gold = read("{\"id\":\"x\",\"sha256\":\"0\",\"date\":\"2019\","
        + "\"quotes\":[{\"start\":1,\"end\":2,\"speaker\":null}]}");
    Facts f = gold.article("x").facts();
    assertThat(f.quotes().get(0).direct()).isTrue();
    assertThat(f.quotes().get(0).speaker()).isNull();
    assertThat(f.places()).isEmpty();
    assertThat(f.money()).isEmpty();
  }

  @Test
  void listsAreReturnedInTextOrder() throws IOException {
    FactsGold gold = read("{\"id\":\"x\",\"sha256\":\"0\",\"date\":\"2019-01-01\",\"places\":["
        + "{\"start\":9,\"end\":12,\"country\":\"NL\",\"name\":\"B\"},{\"start\":2,\"end\":5,\"country\":\"NL\","
        + "\"name\":\"A\"}]}");
    assertThat(gold.article("x").facts().places()).extracting(p -> p.name()).containsExactly("A", "B");
  }

  @Test
  void malformedLinesAreRejectedWithTheirLineNumber() {
    String ok = "{\"id\":\"x\",\"sha256\":\"0\",\"date\":\"2019-01-01\"}";
    assertThatThrownBy(() -> read(ok + "\n{\"id\":\"y\"}")).hasMessageContaining("line 2")
        .hasMessageContaining("sha256");
    assertThatThrownBy(() -> read(ok + "\n" + ok)).hasMessageContaining("repeated id x");
    assertThatThrownBy(() -> read("{\"id\":\"x\",\"sha256\":\"0\",\"date\":\"2019-13-01\"}"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> read(ok.replace("}", ",\"times\":[{\"start\":5,\"end\":3,\"value\":\"2019\"}]}")))
        .hasMessageContaining("times[0]").hasMessageContaining("end before start");
    assertThatThrownBy(() -> read(ok.replace("}", ",\"times\":[{\"start\":-1,\"end\":3,\"value\":\"x\"}]}")))
        .hasMessageContaining("non-negative");
    assertThatThrownBy(() -> read(ok.replace("}", ",\"times\":[{\"start\":1,\"end\":3}]}")))
        .hasMessageContaining("value");
    assertThatThrownBy(() -> read(ok.replace("}", ",\"money\":[{\"start\":1,\"end\":3,\"value\":5}]}")))
        .hasMessageContaining("currency");
    assertThatThrownBy(() -> read(ok.replace("}", ",\"quotes\":{}}"))).hasMessageContaining("array");
    assertThatThrownBy(() -> read("[1,2]")).hasMessageContaining("line 1");
    assertThatThrownBy(() -> read("{\"id\":")).hasMessageContaining("line 1");
  }
}
