package nl.kroniek.cli.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The report as JSON ({@code --json}): stable snake_case keys, times in seconds and milliseconds. */
final class ReportJson {

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ReportJson() {}

  static String write(BenchReport r) {
    try {
      return MAPPER.writeValueAsString(toMap(r));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static Map<String, Object> toMap(BenchReport r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("command", r.command());
    m.put("mode", r.mode());
    m.put("machine", machine(r.machine()));
    m.put("settings", settings(r.settings()));
    m.put("corpus", r.corpus() == null ? null : corpus(r.corpus()));
    if (!r.ingest().isEmpty()) {
      Map<String, Object> ingest = new LinkedHashMap<>();
      ingest.put("runs", r.ingest().stream().map(ReportJson::ingest).toList());
      ingest.put("compared_with_floor", r.kroniekIngestName());
      ingest.put("ratio_time_kroniek_to_floor", number(r.ingestRatio()));
      ingest.put("ratio_time_nlp_to_none", number(r.nlpRatio()));
      m.put("ingest", ingest);
    }
    if (!r.query().isEmpty()) {
      Map<String, Object> query = new LinkedHashMap<>();
      query.put("runs", r.query().stream().map(ReportJson::query).toList());
      QueryRun k = r.query(BenchReport.Names.KRONIEK);
      QueryRun f = r.query(BenchReport.Names.FLOOR);
      query.put("ratio_p50_kroniek_to_floor", k == null || f == null ? null : number(k.all().p50() / f.all().p50()));
      query.put("ratio_p95_kroniek_to_floor", k == null || f == null ? null : number(k.all().p95() / f.all().p95()));
      m.put("query", query);
    }
    return m;
  }

  private static Map<String, Object> machine(MachineInfo mi) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("cores", mi.cores());
    m.put("load_average_start", number(mi.loadAtStart()));
    m.put("load_average_end", number(mi.loadAtEnd()));
    m.put("java", mi.java());
    m.put("vm", mi.vm());
    m.put("max_heap_mb", mi.maxHeapMb());
    m.put("os", mi.os());
    return m;
  }

  private static Map<String, Object> settings(BenchReport.Settings s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("articles", s.articles());
    m.put("threads", s.threads());
    m.put("commit_every", s.commitEvery());
    m.put("warmup_articles", s.warmupArticles());
    m.put("repeat", s.repeat());
    m.put("nlp", s.nlp());
    m.put("compare_nlp", s.compareNlp());
    m.put("rounds", s.rounds());
    m.put("warmup_rounds", s.warmupRounds());
    m.put("limit", s.limit());
    m.put("queries_in_mix", s.mixSize());
    return m;
  }

  private static Map<String, Object> corpus(CorpusStats c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("source_articles", c.sourceArticles());
    m.put("source_skipped", c.sourceSkipped());
    m.put("articles", c.articles());
    m.put("copies", c.copies());
    m.put("text_mb", number(c.textBytes() / 1e6));
    m.put("file_mb", number(c.fileBytes() / 1e6));
    return m;
  }

  private static Map<String, Object> ingest(IngestResult i) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", i.name());
    m.put("articles", i.articles());
    m.put("stored", i.stored());
    m.put("seconds", number(i.seconds()));
    m.put("seconds_each_round", i.roundNanos().stream().map(n -> number(n / 1e9)).toList());
    m.put("articles_per_s", number(i.articlesPerSecond()));
    m.put("mb_per_s", number(i.megabytesPerSecond()));
    m.put("index_mb", number(i.indexBytes() / 1e6));
    return m;
  }

  private static Map<String, Object> query(QueryRun q) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", q.name());
    m.put("warmup_rounds", q.warmupRounds());
    m.put("rounds", q.rounds());
    m.put("limit", q.limit());
    m.put("all", latency(q.all()));
    Map<String, Object> byType = new LinkedHashMap<>();
    q.byType().forEach((t, l) -> byType.put(t, latency(l)));
    m.put("by_type", byType);
    List<Map<String, Object>> byQuery = new ArrayList<>();
    for (QueryStat s : q.byQuery()) {
      Map<String, Object> qm = new LinkedHashMap<>();
      qm.put("type", s.query().type());
      qm.put("query", q.name().equals(BenchReport.Names.FLOOR) ? s.query().floor() : s.query().kroniek());
      qm.put("hits", s.hits());
      qm.putAll(latency(s.latency()));
      byQuery.add(qm);
    }
    m.put("by_query", byQuery);
    return m;
  }

  private static Map<String, Object> latency(Latency l) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("samples", l.samples());
    m.put("p50_ms", number(l.p50()));
    m.put("p95_ms", number(l.p95()));
    m.put("p99_ms", number(l.p99()));
    m.put("max_ms", number(l.max()));
    m.put("mean_ms", number(l.mean()));
    return m;
  }

  /** Rounded to 4 significant-enough decimals; NaN and infinities (nothing to compare) become null. */
  private static Double number(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      return null;
    }
    return Math.round(d * 10_000) / 10_000.0;
  }
}
