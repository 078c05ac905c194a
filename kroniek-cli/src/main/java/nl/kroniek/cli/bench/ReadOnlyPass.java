package nl.kroniek.cli.bench;

import java.nio.file.Path;
import java.util.List;
import nl.kroniek.ingest.IngestReader;
import nl.kroniek.ingest.IngestStats;
import nl.kroniek.ingest.ProgressListener;
import nl.kroniek.ingest.ReadOptions;
import nl.kroniek.ingest.RecordSink;
import nl.kroniek.ingest.Rejection;
import nl.kroniek.model.Article;

/**
 * Reads the corpus with the ingest reader and drops every article: the part of both ingests that is not
 * indexing (decompression, JSON parsing, text clean-up), measured on its own.
 */
final class ReadOnlyPass {
  private ReadOnlyPass() {}

  static IngestResult run(Path corpus, long textBytes) {
    long start = System.nanoTime();
    IngestStats stats = new IngestReader(ReadOptions.DEFAULT).read(List.of(corpus), new RecordSink() {
      @Override
      public void accept(Article article) {}

      @Override
      public void reject(Rejection rejection) {}
    }, ProgressListener.NONE);
    long nanos = System.nanoTime() - start;
    return new IngestResult("read only", stats.articles(), 0, nanos, textBytes, 0);
  }
}
