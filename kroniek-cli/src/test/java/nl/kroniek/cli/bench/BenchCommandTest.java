package nl.kroniek.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import nl.kroniek.cli.KroniekCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bench command end to end on tiny corpora: output shape and sane values, never speed. */
class BenchCommandTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path tmp;

  record Result(int code, String out, String err) {
    JsonNode json() throws Exception {
      return MAPPER.readTree(out);
    }
  }

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = KroniekCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(code, out.toString(), err.toString());
  }

  private static List<String> names(JsonNode runs) {
    List<String> names = new ArrayList<>();
    runs.forEach(r -> names.add(r.get("name").asText()));
    return names;
  }

  private static JsonNode named(JsonNode runs, String name) {
    for (JsonNode r : runs) {
      if (r.get("name").asText().equals(name)) {
        return r;
      }
    }
    throw new AssertionError("no run named " + name + " in " + runs);
  }

  private static JsonNode query(JsonNode run, String query) {
    for (JsonNode q : run.get("by_query")) {
      if (q.get("query").asText().equals(query)) {
        return q;
      }
    }
    throw new AssertionError("no query " + query + " in " + run.get("name"));
  }

  private static void assertSaneLatency(JsonNode l, int samples) {
    assertThat(l.get("samples").asInt()).isEqualTo(samples);
    assertThat(l.get("p50_ms").asDouble()).isGreaterThanOrEqualTo(0);
    assertThat(l.get("p50_ms").asDouble()).isLessThanOrEqualTo(l.get("p95_ms").asDouble());
    assertThat(l.get("p95_ms").asDouble()).isLessThanOrEqualTo(l.get("p99_ms").asDouble());
    assertThat(l.get("p99_ms").asDouble()).isLessThanOrEqualTo(l.get("max_ms").asDouble());
  }

  @Test
  void allOnATinyCorpusReportsMatchingCountsRatiosAndEveryQueryType() throws Exception {
    Path corpus = TinyCorpus.write(tmp.resolve("in/tiny.jsonl"), 20, 3);
    Path work = tmp.resolve("work");
    Result r = run("bench", "all", "--articles", "200", "--warmup", "50", "--rounds", "2", "--warmup-rounds", "1",
        "--threads", "2", "--work", work.toString(), "--json", corpus.toString());
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode j = r.json();

    assertThat(j.get("command").asText()).startsWith("./kroniek bench all --articles 200").endsWith("tiny.jsonl");
    assertThat(j.get("mode").asText()).isEqualTo("all");
    assertThat(j.at("/machine/cores").asInt()).isPositive();
    assertThat(j.at("/machine/java").asText()).isNotBlank();
    assertThat(j.at("/settings/threads").asInt()).isEqualTo(2);
    assertThat(j.at("/corpus/source_articles").asLong()).isEqualTo(20);
    assertThat(j.at("/corpus/articles").asLong()).isEqualTo(200);
    assertThat(j.at("/corpus/copies").asLong()).isEqualTo(10);
    assertThat(j.at("/corpus/text_mb").asDouble()).isPositive();

    JsonNode ingest = j.at("/ingest/runs");
    assertThat(names(ingest)).containsExactly("read only", "kroniek", "floor");
    for (JsonNode run : ingest) {
      assertThat(run.get("articles").asLong()).as(run.get("name").asText()).isEqualTo(200);
      assertThat(run.get("seconds").asDouble()).isPositive();
      assertThat(run.get("articles_per_s").asDouble()).isPositive();
      assertThat(run.get("mb_per_s").asDouble()).isPositive();
    }
    assertThat(named(ingest, "kroniek").get("stored").asLong()).isEqualTo(200);
    assertThat(named(ingest, "floor").get("stored").asLong()).isEqualTo(200);
    assertThat(named(ingest, "kroniek").get("index_mb").asDouble()).isPositive();
    assertThat(named(ingest, "floor").get("index_mb").asDouble()).isPositive();
    assertThat(j.at("/ingest/ratio_time_kroniek_to_floor").asDouble()).isPositive();
    assertThat(j.at("/ingest/ratio_time_nlp_to_none").isNull()).isTrue();

    JsonNode query = j.at("/query/runs");
    assertThat(names(query)).containsExactly("kroniek", "kroniek --limit 0", "floor");
    assertThat(j.at("/query/ratio_p50_kroniek_to_floor").asDouble()).isPositive();
    JsonNode kroniek = named(query, "kroniek");
    assertThat(kroniek.get("by_query")).hasSize(QueryMix.DEFAULT.size());
    assertThat(kroniek.get("by_type").size()).isEqualTo(QueryMix.types(QueryMix.DEFAULT).size());
    assertSaneLatency(kroniek.get("all"), 2 * QueryMix.DEFAULT.size());
    kroniek.get("by_query").forEach(q -> assertSaneLatency(q, 2));

    // Every copy of the corpus is found: ten copies of each source article that mentions Tusk.
    long tusk = TinyCorpus.containing(corpus, "Tusk");
    assertThat(tusk).isPositive();
    assertThat(query(kroniek, "Tusk").get("hits").asLong()).isEqualTo(10 * tusk);
    assertThat(query(named(query, "floor"), "Tusk").get("hits").asLong()).isEqualTo(10 * tusk);
    // Kroniek finds the compound through its part; the floor's StandardAnalyzer cannot.
    assertThat(query(kroniek, "dienst").get("hits").asLong())
        .isEqualTo(10 * TinyCorpus.containing(corpus, "veiligheidsdiensten"));
    assertThat(query(named(query, "floor"), "dienst").get("hits").asLong()).isZero();
    assertThat(query(named(query, "floor"), "date:[2019-03-01 TO 2019-03-31]").get("hits").asLong())
        .isEqualTo(query(kroniek, "date:2019-03").get("hits").asLong()).isPositive();

    try (Stream<Path> left = Files.list(work)) {
      assertThat(left).as("the temporary working directory is removed").isEmpty();
    }
  }

  @Test
  void tableOutputNamesTheCommandTheMachineAndTheRatio() throws Exception {
    Path corpus = TinyCorpus.write(tmp.resolve("in/tiny.jsonl"), 15, 4);
    Result r = run("bench", "ingest", "--articles", "60", "--warmup", "0", "--work", tmp.toString(),
        corpus.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("command: ./kroniek bench ingest --articles 60")
        .contains("machine: ").contains("cores").contains("load average").contains("Java ")
        .contains("60 articles").contains("articles/s").contains("MB/s")
        .containsPattern("kroniek +60 ")
        .containsPattern("floor +60 ")
        .containsPattern("kroniek time / floor time: \\d+\\.\\d\\dx")
        .doesNotContain("query latency");

    Result all = run("bench", "all", "--articles", "60", "--warmup", "0", "--rounds", "1", "--warmup-rounds", "0",
        "--work", tmp.toString(), corpus.toString());
    assertThat(all.code()).as(all.err()).isZero();
    assertThat(all.out()).contains("query latency in ms").contains("kroniek/floor").contains("per query");
    for (String type : QueryMix.types(QueryMix.DEFAULT)) {
      assertThat(all.out()).containsPattern("(?m)^  " + type + " +\\|");
    }
    for (BenchQuery q : QueryMix.DEFAULT) {
      assertThat(all.out()).contains(q.kroniek());
    }
  }

  @Test
  void keptIndexesCanBeQueriedAgainWithoutACorpus() throws Exception {
    Path corpus = TinyCorpus.write(tmp.resolve("in/tiny.jsonl"), 12, 5);
    Path keep = tmp.resolve("kept");
    Result ingest = run("bench", "ingest", "--articles", "48", "--warmup", "0", "--repeat", "2", "--keep",
        keep.toString(), "--json", corpus.toString());
    assertThat(ingest.code()).as(ingest.err()).isZero();
    for (JsonNode run : ingest.json().at("/ingest/runs")) {
      assertThat(run.get("seconds_each_round")).as(run.get("name").asText()).hasSize(2);
      assertThat(run.get("articles").asLong()).isEqualTo(48);
    }
    // Every round starts from an empty index: the second round stores everything again.
    assertThat(named(ingest.json().at("/ingest/runs"), "kroniek").get("stored").asLong()).isEqualTo(48);
    assertThat(named(ingest.json().at("/ingest/runs"), "floor").get("stored").asLong()).isEqualTo(48);
    assertThat(keep.resolve("corpus.jsonl")).isRegularFile();
    assertThat(keep.resolve("kroniek-data/index")).isDirectory();
    assertThat(keep.resolve("floor-index")).isDirectory();

    Result q = run("bench", "query", "--data", keep.resolve("kroniek-data").toString(), "--floor-index",
        keep.resolve("floor-index").toString(), "--rounds", "1", "--warmup-rounds", "0", "--json");
    assertThat(q.code()).as(q.err()).isZero();
    JsonNode j = q.json();
    assertThat(j.get("corpus").isNull()).isTrue();
    assertThat(j.has("ingest")).isFalse();
    assertThat(names(j.at("/query/runs"))).containsExactly("kroniek", "kroniek --limit 0", "floor");
    long tusk = TinyCorpus.containing(corpus, "Tusk");
    assertThat(query(named(j.at("/query/runs"), "kroniek"), "Tusk").get("hits").asLong()).isEqualTo(4 * tusk);

    Result again = run("bench", "ingest", "--articles", "10", "--keep", keep.toString(), corpus.toString());
    assertThat(again.code()).isEqualTo(2);
    assertThat(again.err()).contains("not empty");
  }

  @Test
  void compareNlpIngestsWithAndWithoutThePipeline() throws Exception {
    Path corpus = TinyCorpus.write(tmp.resolve("in/tiny.jsonl"), 10, 6);
    Result r = run("bench", "ingest", "--compare-nlp", "--articles", "30", "--warmup", "0", "--work",
        tmp.toString(), "--json", corpus.toString());
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode j = r.json();
    assertThat(names(j.at("/ingest/runs"))).containsExactly("read only", "kroniek", "kroniek+nlp", "floor");
    assertThat(named(j.at("/ingest/runs"), "kroniek+nlp").get("stored").asLong()).isEqualTo(30);
    assertThat(j.at("/ingest/ratio_time_nlp_to_none").asDouble()).isPositive();
    assertThat(j.at("/ingest/compared_with_floor").asText()).isEqualTo("kroniek");

    Result nlp = run("bench", "ingest", "--nlp", "--articles", "30", "--warmup", "0", "--work", tmp.toString(),
        "--json", corpus.toString());
    assertThat(nlp.code()).as(nlp.err()).isZero();
    assertThat(names(nlp.json().at("/ingest/runs"))).containsExactly("read only", "kroniek+nlp", "floor");
    assertThat(nlp.json().at("/ingest/compared_with_floor").asText()).isEqualTo("kroniek+nlp");
  }

  @Test
  void usageMistakesExitTwoAndMissingInputExitsOneWithoutStackTraces() throws Exception {
    Result noCorpus = run("bench", "all");
    assertThat(noCorpus.code()).isEqualTo(2);
    assertThat(noCorpus.err()).contains("PATH");

    Path corpus = TinyCorpus.write(tmp.resolve("in/tiny.jsonl"), 3, 7);
    assertThat(run("bench", "ingest", "--articles", "0", corpus.toString()).code()).isEqualTo(2);
    assertThat(run("bench", "query", "--limit", "5000", corpus.toString()).code()).isEqualTo(2);
    assertThat(run("bench", "all", "--data", tmp.toString(), corpus.toString()).code())
        .as("--data belongs to bench query").isEqualTo(2);

    Result missing = run("bench", "ingest", tmp.resolve("nope.jsonl").toString());
    assertThat(missing.code()).isEqualTo(1);
    assertThat(missing.err()).contains("no such file").doesNotContain("\tat ");

    Result noIndex = run("bench", "query", "--data", tmp.resolve("empty").toString());
    assertThat(noIndex.code()).isEqualTo(1);
    assertThat(noIndex.err()).contains("no Kroniek index");

    Result help = run("bench", "--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("ingest").contains("query").contains("all");
    assertThat(run("bench", "query", "--help").out()).contains("--rounds").contains("--limit").contains("--data");
  }

  @Test
  void garbageCorporaAreMeasuredOrRefusedCleanly() throws Exception {
    Random random = new Random(11);
    Path dir = tmp.resolve("garbage");
    Files.createDirectories(dir);
    byte[] bytes = new byte[4096];
    random.nextBytes(bytes);
    Files.write(dir.resolve("noise.bin"), bytes);
    try (Writer w = Files.newBufferedWriter(dir.resolve("random.jsonl"), StandardCharsets.UTF_8)) {
      for (int i = 0; i < 25; i++) {
        w.write(CorpusReplicatorTest.jsonLine(MAPPER, Map.of("id", "g" + i,
            "text", CorpusReplicatorTest.garbage(random, 300) + " g" + i)));
        w.write('\n');
      }
    }
    Result r = run("bench", "all", "--articles", "100", "--warmup", "10", "--rounds", "1", "--warmup-rounds", "0",
        "--work", tmp.toString(), "--json", dir.toString());
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode j = r.json();
    assertThat(j.at("/corpus/articles").asLong()).isEqualTo(100);
    assertThat(named(j.at("/ingest/runs"), "kroniek").get("stored").asLong()).isEqualTo(100);
    assertThat(named(j.at("/ingest/runs"), "floor").get("stored").asLong()).isEqualTo(100);
    for (JsonNode run : j.at("/query/runs")) {
      for (JsonNode q : run.get("by_query")) {
        assertThat(q.get("hits").asLong()).isBetween(0L, 100L);
        assertSaneLatency(q, 1);
      }
    }

    Path onlyNoise = tmp.resolve("noise");
    Files.createDirectories(onlyNoise);
    Files.write(onlyNoise.resolve("noise.jsonl"), bytes);
    Result refused = run("bench", "ingest", "--work", tmp.toString(), onlyNoise.toString());
    assertThat(refused.code()).isEqualTo(1);
    assertThat(refused.err()).contains("no readable articles").doesNotContain("\tat ");
  }
}
