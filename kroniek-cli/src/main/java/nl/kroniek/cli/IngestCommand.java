package nl.kroniek.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import nl.kroniek.engine.Enrichers;
import nl.kroniek.engine.IngestJob;
import nl.kroniek.engine.IngestReport;
import nl.kroniek.engine.Kroniek;
import nl.kroniek.ingest.FieldMapping;
import nl.kroniek.ingest.ReadOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {
        "Reads articles from files, folders, .zip and .gz archives into the index.",
        "Formats: seed text, plain .txt, JSON Lines, CSV/TSV, HTML (see docs/formats.md).",
        "The same article (same id, or same normalised text) is added once; re-running is safe.",
        "Records that cannot be read are listed in a quarantine report in the data directory."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:all records were read", "1:fatal error (nothing after the last commit was stored)",
        "2:usage error", "3:some records were rejected; the others were stored"})
final class IngestCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin DataOption data;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to read.")
  List<Path> paths;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "Read every file as this format: seed, txt, jsonl, csv, tsv, html (default: by file name and content).")
  String format;

  @Option(names = "--fields", paramLabel = "MAPPING",
      description = "Field mapping for JSON Lines and CSV, e.g. text=body,date=pubdate (default: "
          + "id,title,text,published_at,source,url).")
  String fields;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: number of cores).")
  Integer threads;

  @Option(names = "--no-progress", description = "No progress bar, only the summary.")
  boolean noProgress;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    for (Path p : paths) {
      if (!Files.exists(p)) {
        throw new NoSuchFileException(p.toString());
      }
    }
    ReadOptions read = ReadOptions.DEFAULT.withFormat(format);
    if (fields != null) {
      read = read.withFields(FieldMapping.parse(fields));
    }
    IngestJob.Options options = IngestJob.Options.defaults(Enrichers.dutch()).withRead(read);
    if (threads != null) {
      options = options.withThreads(threads);
    }
    IngestReport report;
    try (Kroniek kroniek = Kroniek.openForWriting(data.dir());
        ProgressReporter progress = new ProgressReporter(err, !noProgress && Terminal.interactive())) {
      report = IngestJob.run(kroniek, paths, options, noProgress ? IngestJob.Listener.NONE : progress);
    }
    out.printf("read %d, added %d, %d duplicates skipped, rejected %d  (%.1f s, %.0f articles/s, %.1f MB/s)%n",
        report.read(), report.added(), report.duplicates(), report.rejected(),
        report.elapsed().toMillis() / 1000.0, report.articlesPerSecond(), report.megabytesPerSecond());
    if (report.withoutFacts() > 0) {
      out.printf("%d articles were stored without facts because fact extraction failed on them%n",
          report.withoutFacts());
    }
    if (report.quarantine() != null) {
      out.println("quarantine report: " + report.quarantine());
    }
    out.println("data directory: " + data.dir().root());
    return report.rejected() > 0 ? ExitCodes.REJECTED_RECORDS : ExitCodes.OK;
  }
}
