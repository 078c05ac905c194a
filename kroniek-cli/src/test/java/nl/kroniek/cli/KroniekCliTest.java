package nl.kroniek.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: exit codes, output shapes, error messages. */
class KroniekCliTest {

  @TempDir Path tmp;

  record Result(int code, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = KroniekCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(code, out.toString(), err.toString());
  }

  private Path input(String name, String content) throws Exception {
    Path p = tmp.resolve("in").resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content);
    return p;
  }

  private String data() {
    return tmp.resolve("data").toString();
  }

  @Test
  void ingestOfGoodInputExitsZeroAndReportsCounts() throws Exception {
    input("a.txt", " date 2017-11 De veiligheidsdiensten volgen de IS-strijders.\n");
    input("b.jsonl", "{\"id\":\"b1\",\"title\":\"Titel\",\"text\":\"Familieleden vertrokken uit Raqqa.\",\"published_at\":\"2017-09-03\"}\n");
    Result r = run("ingest", "--data", data(), "--no-progress", tmp.resolve("in").toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("read 2, added 2, 0 duplicates skipped, rejected 0");

    Result again = run("ingest", "--data", data(), "--no-progress", tmp.resolve("in").toString());
    assertThat(again.code()).isZero();
    assertThat(again.out()).contains("added 0, 2 duplicates skipped");
  }

  @Test
  void ingestWithRejectedRecordsExitsThreeAndNamesTheReport() throws Exception {
    input("a.jsonl", "{\"id\":\"1\",\"text\":\"Goed.\"}\n{\"id\":\"2\",\"text\":\n");
    Result r = run("ingest", "--data", data(), "--no-progress", tmp.resolve("in").toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.out()).contains("added 1").contains("rejected 1").contains("quarantine report:");
  }

  @Test
  void fatalAndUsageErrorsHaveTheirOwnCodesAndNoStackTrace() throws Exception {
    Result missing = run("ingest", "--data", data(), tmp.resolve("does-not-exist").toString());
    assertThat(missing.code()).isEqualTo(1);
    assertThat(missing.err()).contains("no such file").doesNotContain("Exception").doesNotContain("\tat ");

    Result unknownOption = run("ingest", "--bogus", "x");
    assertThat(unknownOption.code()).isEqualTo(2);

    Result noIndex = run("search", "--data", data(), "strijders");
    assertThat(noIndex.code()).isEqualTo(1);
    assertThat(noIndex.err()).contains("no Kroniek index").contains("ingest");
  }

  @Test
  void searchPrintsHitsAndJsonAndPointsAtSyntaxErrors() throws Exception {
    input("a.txt", " date 2017-11 De veiligheidsdiensten volgen de IS-strijders.\n");
    assertThat(run("ingest", "--data", data(), "--no-progress", tmp.resolve("in").toString()).code()).isZero();

    Result text = run("search", "--data", data(), "strijders");
    assertThat(text.code()).isZero();
    assertThat(text.out()).contains("1 hit").contains("2017-11").contains("«strijders»");

    Result json = run("search", "--data", data(), "--json", "strijders");
    JsonNode node = Json.MAPPER.readTree(json.out());
    assertThat(node.get("total").asLong()).isEqualTo(1);
    JsonNode hit = node.get("hits").get(0);
    assertThat(hit.has("id") && hit.has("title") && hit.has("date") && hit.has("source") && hit.has("score")
        && hit.has("snippet")).isTrue();
    assertThat(hit.get("date").asText()).isEqualTo("2017-11");

    Result bad = run("search", "--data", data(), "(strijders AND");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("query error at position").contains("^");

    Result badLimit = run("search", "--data", data(), "--limit", "100000", "x");
    assertThat(badLimit.code()).isEqualTo(2);
  }

  @Test
  void showAndStatsPrintTheStoredArticle() throws Exception {
    input("a.jsonl", "{\"id\":\"art-1\",\"title\":\"Kop\",\"text\":\"Tekst \\u001b[31mmet escape.\",\"published_at\":\"2017-11\",\"source\":\"De Krant\"}\n");
    assertThat(run("ingest", "--data", data(), "--no-progress", tmp.resolve("in").toString()).code()).isZero();

    Result show = run("show", "--data", data(), "art-1");
    assertThat(show.code()).isZero();
    assertThat(show.out()).contains("Kop").contains("2017-11 (month precision)").contains("De Krant");
    assertThat(show.out()).as("terminal escapes from article text are neutralised").doesNotContain("\u001b[31m");

    Result json = run("show", "--data", data(), "--json", "art-1");
    assertThat(Json.MAPPER.readTree(json.out()).at("/article/id").asText()).isEqualTo("art-1");

    assertThat(run("show", "--data", data(), "nope").code()).isEqualTo(1);

    Result stats = run("stats", "--data", data(), "--json");
    JsonNode s = Json.MAPPER.readTree(stats.out());
    assertThat(s.get("articles").asLong()).isEqualTo(1);
    assertThat(s.at("/perMonth/2017-11").asLong()).isEqualTo(1);
    assertThat(s.at("/perSource/De Krant").asLong()).isEqualTo(1);
  }

  @Test
  void everyCommandHasHelp() {
    for (String command : new String[] {"demo", "ingest", "search", "show", "stats"}) {
      Result r = run(command, "--help");
      assertThat(r.code()).as(command).isZero();
      assertThat(r.out()).as(command).contains("Usage:");
    }
  }

  @Test
  void demoBuildsItsOwnIndexAndFindsTheSeedArticles() {
    Result r = run("demo", "--data", tmp.resolve("demo").toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("read 12, added 12, 0 duplicates skipped, rejected 0")
        .contains("added 0, 12 duplicates skipped")
        .contains("search 'strijders'")
        .contains("search 'speaker:\"Ryan Dillon\"'   — articles quoting him: 1 hit")
        .contains("cites:BBC");
  }
}
