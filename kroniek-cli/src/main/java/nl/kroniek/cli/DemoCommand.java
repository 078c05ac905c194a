package nl.kroniek.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import nl.kroniek.engine.Enrichers;
import nl.kroniek.engine.DataDir;
import nl.kroniek.engine.IngestJob;
import nl.kroniek.engine.IngestReport;
import nl.kroniek.engine.Kroniek;
import nl.kroniek.store.SearchRequest;
import nl.kroniek.store.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Ingests the bundled sample articles into a fresh data directory and shows what Kroniek does.",
        "Afterwards, try:  ./kroniek search --data kroniek-demo strijders"})
final class DemoCommand implements Callable<Integer> {

  /**
   * The sample corpus bundled in the jar (see demo/README.md): the two seed articles of the project brief
   * and ten fictional articles written for Kroniek, in every input format Kroniek reads.
   */
  static final List<String> SAMPLE = List.of(
      "000_4469d13e565ce0d2.txt",
      "004_e33e5ef2df753ae3.txt",
      "sample-2017-10-19-schiphol.txt",
      "sample-2018-01-hawala.txt",
      "sample-2018-05-28-vonnis.txt",
      "sample-feed.jsonl",
      "sample-export.csv",
      "sample-page.html");

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR", defaultValue = "kroniek-demo",
      description = "Where to build the demo index; emptied first (default: ${DEFAULT-VALUE}).")
  Path dir;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    DataDir data = new DataDir(dir);
    Path samples = data.root().resolve("sample");
    reset(data);
    unpackSample(samples);

    out.println(Terminal.bold("Kroniek demo") + " — data directory " + data.root());
    out.println();
    out.println(Terminal.bold("1. Ingest") + " the sample articles (" + SAMPLE.size() + " files in 5 formats from "
        + samples + "; the first run loads the language models)");
    IngestReport report;
    try (Kroniek kroniek = Kroniek.openForWriting(data)) {
      report = IngestJob.run(kroniek, List.of(samples), IngestJob.Options.defaults(Enrichers.dutch()),
          IngestJob.Listener.NONE);
    }
    out.printf("   read %d, added %d, %d duplicates skipped, rejected %d%n", report.read(), report.added(),
        report.duplicates(), report.rejected());
    try (Kroniek kroniek = Kroniek.openForWriting(data)) {
      IngestReport again = IngestJob.run(kroniek, List.of(samples), IngestJob.Options.defaults(Enrichers.dutch()),
          IngestJob.Listener.NONE);
      out.printf("   ingesting the same files again: added %d, %d duplicates skipped%n", again.added(),
          again.duplicates());
    }

    try (Kroniek kroniek = Kroniek.openReadOnly(data)) {
      out.println();
      out.println(Terminal.bold("2. Search") + " the way Dutch is written");
      demoSearch(out, kroniek, "strijders", "finds 'IS-strijders' and 'strijders'");
      demoSearch(out, kroniek, "dienst", "finds the compound 'veiligheidsdiensten'");
      demoSearch(out, kroniek, "\"IS-strijders\"", "the exact phrase");
      demoSearch(out, kroniek, "Syrie AND date:[2017-10 TO 2017-12]", "diacritics folded, a month range");
      demoSearch(out, kroniek, "(BBC OR Guardian) AND familie*", "boolean operators and a wildcard");

      out.println();
      out.println(Terminal.bold("3. Search the facts") + " found in the text: who said what, on whose authority, how many, when");
      demoSearch(out, kroniek, "speaker:\"Ryan Dillon\"", "articles quoting him");
      demoSearch(out, kroniek, "cites:BBC", "articles citing the BBC");
      demoSearch(out, kroniek, "quantity:[200 TO 300] AND about:strijders", "a number of fighters between 200 and 300");
      demoSearch(out, kroniek, "money.eur:[1000000 TO *]", "amounts of a million euro or more");
      demoSearch(out, kroniek, "when:[2017-10 TO 2017-10]", "articles about October 2017, whenever published");

      out.println();
      out.println(Terminal.bold("4. Count") + " articles per month and source, and who is named most");
      StatsCommand.print(out, kroniek.stats(null));
      out.printf("%nmost named persons (articles):%n");
      for (java.util.Map.Entry<String, Long> e : kroniek.top("person", null, 8).entrySet()) {
        out.printf("  %-30s %3d%n", Terminal.safe(e.getKey()), e.getValue());
      }

      SearchResult first = kroniek.search(SearchRequest.of("Dillon").withLimit(1));
      if (!first.hits().isEmpty()) {
        out.println();
        out.println(Terminal.bold("5. Show") + " an article with its facts:  ./kroniek show --data " + data.root() + " "
            + first.hits().get(0).id());
      }
    }
    out.println();
    out.println("Go on with:  ./kroniek search --data " + data.root() + " QUERY    (./kroniek --help for more)");
    return ExitCodes.OK;
  }

  private static void demoSearch(PrintWriter out, Kroniek kroniek, String query, String what) throws Exception {
    SearchResult r = kroniek.search(SearchRequest.of(query).withLimit(3));
    out.printf("%n   $ kroniek search '%s'   — %s: %d %s%n", query, what, r.total(), r.total() == 1 ? "hit" : "hits");
    for (SearchResult.Hit h : r.hits()) {
      out.printf("     %s  %s%n", h.date().isKnown() ? h.date() : "(no date)", SearchCommand.render(h.snippet()));
    }
  }

  /** The demo directory is Kroniek's own: empty it, but refuse to touch a directory that is not one. */
  private static void reset(DataDir data) throws IOException {
    Path root = data.root();
    if (Files.exists(root)) {
      boolean ours;
      try (Stream<Path> entries = Files.list(root)) {
        ours = entries.allMatch(p -> {
          String n = p.getFileName().toString();
          return n.equals("index") || n.equals("sample") || n.equals("quarantine");
        });
      }
      if (!ours) {
        throw new IOException(root + " exists and holds other files; give the demo an empty or new --data DIR");
      }
      try (Stream<Path> walk = Files.walk(root)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    Files.createDirectories(root);
  }

  private static void unpackSample(Path dir) throws IOException {
    Files.createDirectories(dir);
    for (String name : SAMPLE) {
      try (InputStream in = DemoCommand.class.getResourceAsStream("demo/" + name)) {
        if (in == null) {
          throw new IOException("the bundled sample file " + name + " is missing from the jar");
        }
        Files.copy(in, dir.resolve(name));
      }
    }
  }
}
