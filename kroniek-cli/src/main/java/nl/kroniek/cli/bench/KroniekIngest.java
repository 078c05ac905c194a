package nl.kroniek.cli.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import nl.kroniek.engine.DataDir;
import nl.kroniek.engine.Enricher;
import nl.kroniek.engine.IngestJob;
import nl.kroniek.engine.IngestReport;
import nl.kroniek.engine.Kroniek;
import nl.kroniek.ingest.ReadOptions;

/** Times the real ingest path ({@link IngestJob#run}) into a fresh data directory. */
final class KroniekIngest {

  private KroniekIngest() {}

  /**
   * Ingests the corpus into {@code data}, which must not hold an index yet (else everything would be a
   * duplicate and the numbers meaningless).
   */
  static IngestResult run(String name, Path corpus, long textBytes, DataDir data, Enricher enricher, int threads,
      int commitEvery) throws IOException {
    if (LuceneIndexes.exists(data.index())) {
      throw new IOException("the benchmark needs a fresh data directory, but " + data.root() + " holds an index");
    }
    IngestJob.Options options = new IngestJob.Options(ReadOptions.DEFAULT, enricher, threads, commitEvery);
    IngestReport report;
    long nanos;
    try (Kroniek kroniek = Kroniek.openForWriting(data)) {
      long start = System.nanoTime();
      report = IngestJob.run(kroniek, List.of(corpus), options, IngestJob.Listener.NONE);
      nanos = System.nanoTime() - start;
    }
    return new IngestResult(name, report.read(), report.added(), nanos, textBytes, DirectorySize.of(data.index()));
  }
}
