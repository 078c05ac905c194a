package nl.kroniek.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.kroniek.ingest.IngestReader;
import nl.kroniek.ingest.ProgressListener;
import nl.kroniek.ingest.ReadOptions;
import nl.kroniek.ingest.RecordSink;
import nl.kroniek.ingest.Rejection;
import nl.kroniek.model.Article;
import nl.kroniek.model.fact.Facts;
import nl.kroniek.nlp.DutchPipeline;
import nl.kroniek.store.StoredArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = {"Extracts the facts of articles without storing them: entities, quotes and speakers, cited",
        "sources, quantities, money, time expressions and places (schema: docs/facts.md).",
        "Reads the same formats as ingest. --json prints one JSON object per article per line."})
final class AnalyzeCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files or directories to read.")
  List<Path> paths;

  @Option(names = "--json", description = "One JSON object per article per line.")
  boolean json;

  @Option(names = "--format", paramLabel = "FORMAT", description = "Read every file as this format (see ingest --help).")
  String format;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    for (Path p : paths) {
      if (!Files.exists(p)) {
        throw new NoSuchFileException(p.toString());
      }
    }
    DutchPipeline pipeline = DutchPipeline.bundled();
    int[] rejected = {0};
    new IngestReader(ReadOptions.DEFAULT.withFormat(format)).read(paths, new RecordSink() {
      @Override
      public void accept(Article article) {
        Facts facts = pipeline.analyze(article.text(), article.date());
        if (json) {
          out.println(Json.write(toJson(article, facts)));
        } else {
          ShowCommand.print(out, new StoredArticle(article, facts));
          out.println();
        }
        out.flush();
      }

      @Override
      public void reject(Rejection r) {
        rejected[0]++;
        err.println("kroniek: rejected " + Terminal.safe(r.toString()));
      }
    }, ProgressListener.NONE);
    return rejected[0] > 0 ? ExitCodes.REJECTED_RECORDS : ExitCodes.OK;
  }

  /** The analyze --json object (docs/facts.md). */
  static Map<String, Object> toJson(Article a, Facts f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", a.id());
    m.put("date", a.date().isKnown() ? a.date().toString() : null);
    m.put("title", a.title());
    m.put("source", a.source());
    m.put("entities", f.entities());
    m.put("quotes", f.quotes());
    m.put("sources", f.sources());
    m.put("quantities", f.quantities());
    m.put("money", f.money());
    m.put("times", f.times());
    m.put("places", f.places());
    m.put("extractors", f.extractors());
    return m;
  }
}
