package nl.kroniek.cli.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.kroniek.ingest.IngestReader;
import nl.kroniek.ingest.ProgressListener;
import nl.kroniek.ingest.ReadOptions;
import nl.kroniek.ingest.RecordSink;
import nl.kroniek.ingest.Rejection;
import nl.kroniek.model.Article;
import nl.kroniek.nlp.ner.NerBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kroniek bench ner}: the named-entity recogniser's speed, load time and heap (docs/models/ner.md). */
@Command(name = "ner", mixinStandardHelpOptions = true,
    description = {"Measures the named-entity recogniser: time to load the bundled model and lexicons, the heap",
        "they take, and single-thread tokens/s of tokenisation + sentence splitting + recognition over the",
        "articles given, after a warm-up. Example: kroniek bench ner ../shared/data/news-nl/dpgmedia2019-articles.jsonl.gz"})
final class BenchNerCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Articles to tag (any format Kroniek reads).")
  List<Path> paths;

  @Option(names = "--warmup", defaultValue = "10", description = "Seconds of unmeasured passes (default: ${DEFAULT-VALUE}).")
  double warmup;

  @Option(names = "--seconds", defaultValue = "20", description = "Seconds of measured passes (default: ${DEFAULT-VALUE}).")
  double seconds;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<String> texts = new ArrayList<>();
    new IngestReader(ReadOptions.DEFAULT).read(paths, new RecordSink() {
      @Override
      public void accept(Article article) {
        texts.add(article.text());
      }

      @Override
      public void reject(Rejection rejection) {
        // measured on what could be read
      }
    }, ProgressListener.NONE);
    out.println("command: ./kroniek " + String.join(" ", spec.commandLine().getParseResult().originalArgs()));
    MachineInfo start = MachineInfo.atStart();
    NerBenchmark.Result r = NerBenchmark.run(texts, warmup, seconds);
    MachineInfo m = start.ended();
    out.printf(Locale.ROOT, "machine: %d cores, load average %.2f at start, %.2f at end; Java %s, %s%n", m.cores(),
        m.loadAtStart(), m.loadAtEnd(), m.java(), m.vm());
    out.printf(Locale.ROOT, "model and lexicons loaded in %.2f s; heap after loading %.0f MB%n", r.loadMillis() / 1000.0,
        r.heapBytes() / 1e6);
    out.printf(Locale.ROOT, "%,d tokens in %.1f s over %d articles: %,.0f tokens/s on one thread "
        + "(tokenise + split + recognise, after %.0f s warm-up)%n", r.tokens(), r.seconds(), r.documents(),
        r.tokensPerSecond(), warmup);
    return 0;
  }
}
