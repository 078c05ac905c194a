package nl.kroniek.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
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
import nl.kroniek.model.fact.Facts;
import nl.kroniek.store.ArticleStore;
import nl.kroniek.store.StoredArticle;

/**
 * One ingest run: read → de-duplicate → enrich → store, with periodic commits.
 *
 * <p>Reading and de-duplication happen on the calling thread, in input order, so that when two records
 * share a text the same one wins in every run. Enrichment (the expensive NLP) and indexing run on worker
 * threads. A commit every {@link Options#commitEvery} articles (and at the end) makes the work durable: a
 * run killed at any point loses at most what came after the last commit, and running the same ingest
 * again adds exactly what is missing.
 */
public final class IngestJob {

  /**
   * @param read how to read the inputs (format, field mapping)
   * @param enricher the NLP step ({@link Enricher#NONE} to store articles without facts)
   * @param threads worker threads for enrichment and indexing
   * @param commitEvery articles between commits
   */
  public record Options(ReadOptions read, Enricher enricher, int threads, int commitEvery) {
    public Options {
      Objects.requireNonNull(read, "read");
      Objects.requireNonNull(enricher, "enricher");
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be >= 1");
      }
      if (commitEvery < 1) {
        throw new IllegalArgumentException("commitEvery must be >= 1");
      }
    }

    public static Options defaults(Enricher enricher) {
      return new Options(ReadOptions.DEFAULT, enricher, Runtime.getRuntime().availableProcessors(), 2000);
    }

    public Options withRead(ReadOptions newRead) {
      return new Options(newRead, enricher, threads, commitEvery);
    }

    public Options withThreads(int n) {
      return new Options(read, enricher, n, commitEvery);
    }

    public Options withCommitEvery(int n) {
      return new Options(read, enricher, threads, n);
    }
  }

  /** Follows a run: input bytes (from the reader) and articles stored. */
  public interface Listener extends ProgressListener {
    Listener NONE = new Listener() {};

    /** Called from worker threads after each stored article with the running total. */
    default void stored(long total) {}
  }

  private IngestJob() {}

  /**
   * Runs an ingest into an engine opened for writing.
   *
   * @throws IOException when the store fails (disk full, index corrupt); what was committed stays
   */
  public static IngestReport run(Kroniek kroniek, List<Path> paths, Options options, Listener listener)
      throws IOException {
    Objects.requireNonNull(kroniek, "kroniek");
    if (!kroniek.writable()) {
      throw new IllegalStateException("open the engine for writing to ingest");
    }
    Listener l = listener == null ? Listener.NONE : listener;
    Instant started = Instant.now();
    try (QuarantineReport quarantine = new QuarantineReport(kroniek.data().quarantine(), started)) {
      Run run = new Run(kroniek.store(), options, quarantine, l);
      AtomicLong bytes = new AtomicLong();
      ProgressListener counting = new ProgressListener() {
        @Override
        public void start(long totalBytes) {
          l.start(totalBytes);
        }

        @Override
        public void inputStarted(String name) {
          l.inputStarted(name);
        }

        @Override
        public void advance(long n) {
          bytes.addAndGet(n);
          l.advance(n);
        }
      };
      try {
        new IngestReader(options.read()).read(paths, run, counting);
      } catch (UncheckedIOException e) {
        run.abort();
        throw e.getCause();
      } catch (RuntimeException | Error e) {
        run.abort();
        throw e;
      }
      run.finish();
      return new IngestReport(run.read, run.added.get(), run.duplicates, run.rejected, run.withoutFacts.get(),
          bytes.get(), Duration.between(started, Instant.now()), quarantine.file());
    }
  }

  /** The sink the reader feeds: de-duplicates in order, hands new articles to the workers. */
  private static final class Run implements RecordSink {
    private final ArticleStore store;
    private final Options options;
    private final QuarantineReport quarantine;
    private final Listener listener;
    private final ExecutorService workers;
    private final Semaphore inFlight;
    private final Set<String> seenIds = new HashSet<>();
    private final Set<String> seenFingerprints = new HashSet<>();
    private final AtomicLong added = new AtomicLong();
    private final AtomicLong withoutFacts = new AtomicLong();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private long read;
    private long duplicates;
    private long rejected;
    private long sinceCommit;

    Run(ArticleStore store, Options options, QuarantineReport quarantine, Listener listener) {
      this.store = store;
      this.options = options;
      this.quarantine = quarantine;
      this.listener = listener;
      this.workers = Executors.newFixedThreadPool(options.threads(), r -> {
        Thread t = new Thread(r, "kroniek-ingest");
        t.setDaemon(true);
        return t;
      });
      // Bounds the articles held in memory between reading and storing.
      this.inFlight = new Semaphore(options.threads() * 8);
    }

    @Override
    public void accept(Article article) {
      failIfWorkerFailed();
      read++;
      String fingerprint = article.fingerprint();
      try {
        if (!seenIds.add(article.id()) | !seenFingerprints.add(fingerprint)
            || store.containsId(article.id()) || store.containsFingerprint(fingerprint)) {
          duplicates++;
          return;
        }
        inFlight.acquire();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("ingest interrupted", e);
      }
      workers.execute(() -> {
        try {
          store.add(new StoredArticle(article, enrich(article)));
          listener.stored(added.incrementAndGet());
        } catch (Throwable t) {
          failure.compareAndSet(null, t);
        } finally {
          inFlight.release();
        }
      });
      if (++sinceCommit >= options.commitEvery()) {
        commit();
      }
    }

    private Facts enrich(Article article) {
      try {
        return options.enricher().enrich(article);
      } catch (RuntimeException | StackOverflowError e) {
        // A bug in an extractor must not cost the article: store it without facts and say so.
        withoutFacts.incrementAndGet();
        try {
          quarantine.add(new Rejection(article.provenance().file(), article.provenance().line(),
              article.provenance().record(), "stored without facts: the NLP pipeline failed on this article ("
                  + e.getClass().getSimpleName() + ": " + e.getMessage() + ")"));
        } catch (IOException io) {
          throw new UncheckedIOException(io);
        }
        return Facts.EMPTY;
      }
    }

    @Override
    public void reject(Rejection rejection) {
      rejected++;
      try {
        quarantine.add(rejection);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private void commit() {
      sinceCommit = 0;
      try {
        store.commit();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private void failIfWorkerFailed() {
      Throwable t = failure.get();
      if (t instanceof IOException io) {
        throw new UncheckedIOException(io);
      }
      if (t instanceof RuntimeException re) {
        throw re;
      }
      if (t instanceof Error err) {
        throw err;
      }
    }

    /** Waits for the workers, then commits everything. */
    void finish() throws IOException {
      workers.shutdown();
      try {
        while (!workers.awaitTermination(1, TimeUnit.SECONDS)) {
          // keep waiting: indexing a very large article can take a while
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("ingest interrupted", e);
      }
      Throwable t = failure.get();
      if (t != null) {
        throw t instanceof IOException io ? io : new IOException("storing an article failed: " + t, t);
      }
      store.commit();
    }

    /** Stops the workers after a fatal error; the last commit stands. */
    void abort() {
      workers.shutdownNow();
    }
  }
}
