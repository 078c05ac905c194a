package nl.kroniek.cli.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The corpus and ingest options every bench mode shares. */
final class BenchOptions {

  static final long DEFAULT_ARTICLES = 100_000;

  @Parameters(arity = "0..*", paramLabel = "PATH",
      description = "The corpus: files or directories in any format Kroniek reads "
          + "(e.g. ../shared/data/news-nl/dpgmedia2019-articles.jsonl.gz).")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--articles", paramLabel = "N", defaultValue = "100000",
      description = "Articles in the generated corpus: the input cycled, each copy with a changed id and "
          + "text (default: ${DEFAULT-VALUE}).")
  long articles = DEFAULT_ARTICLES;

  @Option(names = "--threads", paramLabel = "N",
      description = "Ingest worker threads, for Kroniek and the floor alike (default: number of cores).")
  Integer threads;

  @Option(names = "--commit-every", paramLabel = "N", defaultValue = "2000",
      description = "Articles between commits, for Kroniek and the floor alike (default: ${DEFAULT-VALUE}, "
          + "as kroniek ingest).")
  int commitEvery = 2000;

  @Option(names = "--warmup", paramLabel = "N", defaultValue = "2000",
      description = "Articles ingested into throw-away indexes before measuring, to warm up the JVM "
          + "(0: none; default: ${DEFAULT-VALUE}).")
  long warmup = 2000;

  @Option(names = "--repeat", paramLabel = "N", defaultValue = "1",
      description = "Measure every ingest N times, in alternation, each into a fresh index, and report the "
          + "fastest round (default: ${DEFAULT-VALUE}). Filters out the time other work on a shared machine "
          + "adds; every round's time is printed too.")
  int repeat = 1;

  @Option(names = "--work", paramLabel = "DIR",
      description = "Where to create the temporary working directory (default: the system temp directory). "
          + "It is deleted at the end.")
  Path work;

  @Option(names = "--keep", paramLabel = "DIR",
      description = "Work in DIR (new or empty) and keep it: corpus.jsonl, kroniek-data/, floor-index/. "
          + "Query them again with: bench query --data DIR/kroniek-data --floor-index DIR/floor-index")
  Path keep;

  @Option(names = "--nlp", negatable = true, defaultValue = "false", fallbackValue = "true",
      description = "Ingest with the NLP pipeline (Enrichers.dutch(), as kroniek ingest does); --no-nlp (the default): "
          + "without facts (Enricher.NONE).")
  boolean nlp;

  @Option(names = "--compare-nlp",
      description = "Ingest with and without the NLP pipeline and print both, with the time ratio.")
  boolean compareNlp;

  @Option(names = "--json", description = "Print the results as JSON (progress still goes to stderr).")
  boolean json;

  int threadCount() {
    return threads != null ? threads : Runtime.getRuntime().availableProcessors();
  }
}
