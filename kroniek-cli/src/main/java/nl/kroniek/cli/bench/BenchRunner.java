package nl.kroniek.cli.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.logging.Logger;
import nl.kroniek.engine.Enrichers;
import nl.kroniek.engine.DataDir;
import nl.kroniek.engine.Enricher;
import nl.kroniek.store.SearchRequest;

/**
 * Runs a benchmark: generates the corpus, measures the ingests, runs the query mix, and returns what it
 * measured. Progress goes to {@code log}; the caller prints the report.
 */
final class BenchRunner {

  /**
   * The CLI quiets Lucene's start-up hint by setting this logger's level, but java.util.logging holds
   * loggers weakly: the {@link System#gc()} calls below would drop that setting. A strong reference keeps it.
   */
  private static final Logger LUCENE_LOGGER = Logger.getLogger("org.apache.lucene");

  enum Mode { INGEST, QUERY, ALL }

  private final Mode mode;
  private final BenchOptions options;
  private final QueryOptions queryOptions;
  private final PrintWriter log;

  /** @param queryOptions null in ingest mode */
  BenchRunner(Mode mode, BenchOptions options, QueryOptions queryOptions, PrintWriter log) {
    this.mode = Objects.requireNonNull(mode, "mode");
    this.options = Objects.requireNonNull(options, "options");
    this.queryOptions = mode == Mode.INGEST ? new QueryOptions() : Objects.requireNonNull(queryOptions, "queryOptions");
    this.log = Objects.requireNonNull(log, "log");
  }

  /** Checks the options before anything runs; a mistake is an {@link IllegalArgumentException}. */
  void validate() throws IOException {
    if (options.articles < 1) {
      throw new IllegalArgumentException("--articles must be >= 1, got " + options.articles);
    }
    if (options.threadCount() < 1) {
      throw new IllegalArgumentException("--threads must be >= 1, got " + options.threadCount());
    }
    if (options.commitEvery < 1) {
      throw new IllegalArgumentException("--commit-every must be >= 1, got " + options.commitEvery);
    }
    if (options.repeat < 1) {
      throw new IllegalArgumentException("--repeat must be >= 1, got " + options.repeat);
    }
    if (options.warmup < 0) {
      throw new IllegalArgumentException("--warmup must be >= 0, got " + options.warmup);
    }
    if (queryOptions.rounds < 1 || queryOptions.warmupRounds < 0) {
      throw new IllegalArgumentException("--rounds must be >= 1 and --warmup-rounds >= 0");
    }
    if (queryOptions.limit < 0 || queryOptions.limit > SearchRequest.MAX_LIMIT) {
      throw new IllegalArgumentException("--limit must be 0.." + SearchRequest.MAX_LIMIT + ", got " + queryOptions.limit);
    }
    boolean existingIndex = mode == Mode.QUERY && queryOptions.data != null;
    if (options.paths.isEmpty() && !existingIndex) {
      throw new IllegalArgumentException("give the corpus as PATH... (e.g. ../shared/data/news-nl/"
          + "dpgmedia2019-articles.jsonl.gz)" + (mode == Mode.QUERY ? ", or an index with --data DIR" : ""));
    }
    for (Path p : options.paths) {
      if (!Files.exists(p)) {
        throw new NoSuchFileException(p.toString());
      }
    }
  }

  BenchReport run(String command) throws Exception {
    validate();
    MachineInfo machine = MachineInfo.atStart();
    int threads = options.threadCount();
    List<IngestResult> ingests = new ArrayList<>();
    List<QueryRun> queries = new ArrayList<>();
    CorpusStats corpus = null;
    try (WorkDir work = WorkDir.create(options.work, options.keep)) {
      log.printf("bench: working directory %s%s%n", work.root(), work.kept() ? " (kept)" : "");
      DataDir kroniekData = queryOptions.data != null ? new DataDir(queryOptions.data) : null;
      Path floorIndex = queryOptions.floorIndex;
      if (!options.paths.isEmpty() && (kroniekData == null || floorIndex == null)) {
        log.printf("bench: reading %s and generating %,d articles%n", options.paths, options.articles);
        corpus = CorpusReplicator.replicate(options.paths, options.articles, work.resolve("corpus.jsonl"));
        log.printf("bench: %,d distinct articles read, %,d in the benchmark corpus (%.1f MB of text)%n",
            corpus.sourceArticles(), corpus.articles(), corpus.textBytes() / 1e6);
      }
      if (corpus != null && (kroniekData == null || floorIndex == null)) {
        boolean buildKroniek = kroniekData == null;
        boolean buildFloor = floorIndex == null;
        boolean withNlp = options.nlp || options.compareNlp;
        boolean withoutNlp = !options.nlp || options.compareNlp;
        DataDir plainData = new DataDir(work.resolve("kroniek-data"));
        DataDir nlpData = new DataDir(work.resolve(withoutNlp ? "kroniek-nlp-data" : "kroniek-data"));
        Path floorDir = work.resolve("floor-index");
        int repeat = mode == Mode.QUERY ? 1 : options.repeat;
        if (mode != Mode.QUERY) {
          warmUp(work, corpus, threads);
        }
        IngestSeries series = new IngestSeries();
        for (int round = 1; round <= repeat; round++) {
          if (repeat > 1) {
            log.printf("bench: ingest round %d of %d%n", round, repeat);
          }
          if (mode != Mode.QUERY) {
            log.println("bench: reading only");
            gc();
            series.add(ReadOnlyPass.run(corpus.file(), corpus.textBytes()));
          }
          if (buildKroniek && withoutNlp) {
            series.add(ingestKroniek(BenchReport.Names.KRONIEK, corpus, fresh(plainData), Enricher.NONE, threads));
          }
          if (buildKroniek && withNlp) {
            series.add(ingestKroniek(BenchReport.Names.KRONIEK_NLP, corpus, fresh(nlpData), Enrichers.dutch(),
                threads));
          }
          if (buildFloor) {
            log.println("bench: ingest into the bare Lucene floor");
            WorkDir.delete(floorDir);
            gc();
            series.add(LuceneFloor.index(corpus.file(), corpus.textBytes(), floorDir, threads, options.commitEvery));
          }
        }
        ingests.addAll(series.fastest());
        if (buildKroniek) {
          kroniekData = options.nlp ? nlpData : plainData;
        }
        if (buildFloor) {
          floorIndex = floorDir;
        }
      }
      if (mode != Mode.INGEST) {
        queries.addAll(queryAll(kroniekData, floorIndex));
      }
      if (mode == Mode.QUERY) {
        ingests.clear(); // built only to be queried: ingest numbers come from bench ingest (with warm-up)
      }
    }
    BenchReport.Settings settings = new BenchReport.Settings(options.articles, threads, options.commitEvery,
        mode == Mode.QUERY ? 0 : options.warmup, mode == Mode.QUERY ? 0 : options.repeat, options.nlp, options.compareNlp,
        mode == Mode.INGEST ? 0 : queryOptions.rounds, mode == Mode.INGEST ? 0 : queryOptions.warmupRounds,
        queryOptions.limit, QueryMix.DEFAULT.size());
    return new BenchReport(command, mode.name().toLowerCase(java.util.Locale.ROOT), machine.ended(), settings,
        corpus, ingests, queries);
  }

  private IngestResult ingestKroniek(String name, CorpusStats corpus, DataDir data, Enricher enricher, int threads)
      throws IOException {
    log.printf("bench: ingest into Kroniek (%s)%n", name);
    gc();
    IngestResult r = KroniekIngest.run(name, corpus.file(), corpus.textBytes(), data, enricher, threads,
        options.commitEvery);
    if (r.stored() != corpus.articles()) {
      log.printf("bench: warning: %s stored %,d of %,d articles (duplicates or rejected records in the corpus)%n",
          name, r.stored(), corpus.articles());
    }
    return r;
  }

  /** Removes what an earlier round left in a data directory, so that every round starts empty. */
  private static DataDir fresh(DataDir data) throws IOException {
    WorkDir.delete(data.root());
    return data;
  }

  /** Ingests the first articles into throw-away indexes so that the measured runs start with compiled code. */
  private void warmUp(WorkDir work, CorpusStats corpus, int threads) throws IOException {
    if (options.warmup == 0) {
      return;
    }
    log.printf("bench: warm-up with %,d articles%n", Math.min(options.warmup, corpus.articles()));
    Path file = work.resolve("warmup.jsonl");
    Path kroniekDir = work.resolve("warmup-kroniek");
    Path floorDir = work.resolve("warmup-floor");
    CorpusReplicator.head(corpus.file(), options.warmup, file);
    ReadOnlyPass.run(file, 0);
    Enricher enricher = options.nlp || options.compareNlp ? Enrichers.dutch() : Enricher.NONE;
    KroniekIngest.run("warm-up", file, 0, new DataDir(kroniekDir), enricher, threads, options.commitEvery);
    LuceneFloor.index(file, 0, floorDir, threads, options.commitEvery);
    WorkDir.delete(kroniekDir);
    WorkDir.delete(floorDir);
    Files.deleteIfExists(file);
  }

  private List<QueryRun> queryAll(DataDir kroniekData, Path floorIndex) throws Exception {
    List<QueryRun> runs = new ArrayList<>();
    int limit = queryOptions.limit;
    log.printf("bench: query mix on Kroniek (%s)%n", kroniekData.root());
    try (KroniekTarget k = new KroniekTarget(kroniekData, limit, BenchReport.Names.KRONIEK)) {
      runs.add(QueryBench.run(k, QueryMix.DEFAULT, queryOptions.warmupRounds, queryOptions.rounds, limit));
    }
    if (limit != 0) {
      log.println("bench: query mix on Kroniek with --limit 0 (no hits loaded, no snippets)");
      try (KroniekTarget k = new KroniekTarget(kroniekData, 0, BenchReport.Names.KRONIEK_COUNT_ONLY)) {
        runs.add(QueryBench.run(k, QueryMix.DEFAULT, queryOptions.warmupRounds, queryOptions.rounds, 0));
      }
    }
    if (floorIndex != null) {
      log.printf("bench: query mix on the floor (%s)%n", floorIndex);
      try (FloorTarget f = new FloorTarget(floorIndex, limit)) {
        runs.add(QueryBench.run(f, QueryMix.DEFAULT, queryOptions.warmupRounds, queryOptions.rounds, limit));
      }
    } else {
      log.println("bench: no floor index (give PATH or --floor-index DIR): the floor is not measured");
    }
    return runs;
  }

  /** Collects the previous phase's garbage before timing the next, so it is not billed to it. */
  private static void gc() {
    System.gc();
  }
}
