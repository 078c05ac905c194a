package nl.kroniek.cli.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import nl.kroniek.ingest.IngestReader;
import nl.kroniek.ingest.ProgressListener;
import nl.kroniek.ingest.ReadOptions;
import nl.kroniek.ingest.RecordSink;
import nl.kroniek.ingest.Rejection;
import nl.kroniek.model.Article;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The floor: the same corpus, read by the same reader, into the simplest useful Lucene index. Fields:
 * {@code id} (StringField, stored), {@code title} and {@code text} (TextField, stored), {@code source}
 * (TextField) and {@code date} (StringField, ISO first day, for range queries), all analysed with
 * {@link StandardAnalyzer}. Same thread count, same in-flight bound, same RAM buffer and the same commit
 * policy as Kroniek's ingest. What it leaves out is what Kroniek adds: Dutch analysis (stemming, folding,
 * compound parts), the exact-text copies, offsets in the postings, the stored JSON, date ranges and doc
 * values, and de-duplication (the generated corpus has no duplicates, so both store every article).
 */
final class LuceneFloor {

  /** As in Kroniek's store, so that flushing behaves alike. */
  static final double RAM_BUFFER_MB = 128;

  private LuceneFloor() {}

  static IngestResult index(Path corpus, long textBytes, Path indexDir, int threads, int commitEvery)
      throws IOException {
    if (LuceneIndexes.exists(indexDir)) {
      throw new IOException("the benchmark needs a fresh floor index, but " + indexDir + " holds one");
    }
    Files.createDirectories(indexDir);
    IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer())
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
        .setRAMBufferSizeMB(RAM_BUFFER_MB)
        .setCommitOnClose(false);
    long nanos;
    Sink sink;
    try (Directory dir = FSDirectory.open(indexDir); IndexWriter writer = new IndexWriter(dir, config)) {
      long start = System.nanoTime();
      sink = new Sink(writer, threads, commitEvery);
      try {
        new IngestReader(ReadOptions.DEFAULT).read(List.of(corpus), sink, ProgressListener.NONE);
      } catch (UncheckedIOException e) {
        sink.abort();
        throw e.getCause();
      } catch (RuntimeException e) {
        sink.abort();
        throw e;
      }
      sink.finish();
      nanos = System.nanoTime() - start;
    }
    return new IngestResult("floor", sink.read, sink.added.get(), nanos, textBytes, DirectorySize.of(indexDir));
  }

  static Document toDocument(Article a) {
    Document doc = new Document();
    doc.add(new StringField("id", a.id(), Field.Store.YES));
    doc.add(new TextField("title", a.title(), Field.Store.YES));
    doc.add(new TextField("text", a.text(), Field.Store.YES));
    if (a.source() != null) {
      doc.add(new TextField("source", a.source(), Field.Store.NO));
    }
    if (a.date().isKnown()) {
      doc.add(new StringField("date", a.date().firstDay().toString(), Field.Store.NO));
    }
    return doc;
  }

  /** Reads on the calling thread, indexes on workers, commits every N articles: as IngestJob does. */
  private static final class Sink implements RecordSink {
    private final IndexWriter writer;
    private final int commitEvery;
    private final ExecutorService workers;
    private final Semaphore inFlight;
    private final AtomicLong added = new AtomicLong();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    long read;
    private long sinceCommit;

    Sink(IndexWriter writer, int threads, int commitEvery) {
      this.writer = writer;
      this.commitEvery = commitEvery;
      this.workers = Executors.newFixedThreadPool(threads, r -> {
        Thread t = new Thread(r, "bench-floor");
        t.setDaemon(true);
        return t;
      });
      this.inFlight = new Semaphore(threads * 8);
    }

    @Override
    public void accept(Article article) {
      if (failure.get() != null) {
        throw new IllegalStateException("indexing failed: " + failure.get(), failure.get());
      }
      read++;
      try {
        inFlight.acquire();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
      workers.execute(() -> {
        try {
          writer.addDocument(toDocument(article));
          added.incrementAndGet();
        } catch (Throwable t) {
          failure.compareAndSet(null, t);
        } finally {
          inFlight.release();
        }
      });
      if (++sinceCommit >= commitEvery) {
        sinceCommit = 0;
        try {
          writer.commit();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }

    @Override
    public void reject(Rejection rejection) {
      // the generated corpus has none; nothing to report for a floor
    }

    void finish() throws IOException {
      workers.shutdown();
      try {
        while (!workers.awaitTermination(1, TimeUnit.SECONDS)) {
          // keep waiting
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      }
      if (failure.get() != null) {
        throw new IOException("floor indexing failed: " + failure.get(), failure.get());
      }
      writer.commit();
    }

    void abort() {
      workers.shutdownNow();
    }
  }
}
