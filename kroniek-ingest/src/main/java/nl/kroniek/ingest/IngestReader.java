package nl.kroniek.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import nl.kroniek.model.Article;

/**
 * The one call the engine needs: reads every article under a list of paths (files, directories, zip and
 * gzip archives) into a {@link RecordSink}, choosing a reader per input with {@link Readers}.
 *
 * <p>Nothing in the input stops a run: a bad record, an unreadable file, a corrupt archive or even a bug in
 * a reader becomes a {@link Rejection}. Only an exception thrown by the sink itself (say, the index is
 * full) propagates, unchanged.
 *
 * <pre>{@code
 * IngestStats stats = new IngestReader(ReadOptions.DEFAULT).read(List.of(Path.of("archive")), sink, progress);
 * }</pre>
 */
public final class IngestReader {

  private final Readers readers;

  public IngestReader(ReadOptions options) {
    this.readers = new Readers(Objects.requireNonNull(options, "options"));
  }

  /**
   * Reads everything under the paths, in the order of {@link Inputs#walk}.
   *
   * @param progress told the total size first, then the bytes consumed; use {@link ProgressListener#NONE}
   *     when not needed
   */
  public IngestStats read(List<Path> paths, RecordSink sink, ProgressListener progress) {
    Objects.requireNonNull(paths, "paths");
    Objects.requireNonNull(sink, "sink");
    Objects.requireNonNull(progress, "progress");
    progress.start(Inputs.totalBytes(paths));
    CountingSink counting = new CountingSink(sink);
    long[] inputs = {0};
    Inputs.walk(paths, input -> {
      inputs[0]++;
      progress.inputStarted(input.name());
      read(input, counting);
    }, counting::reject, progress::advance);
    return new IngestStats(inputs[0], counting.articles, counting.rejections);
  }

  /** Reads one input; whatever goes wrong with it ends up in {@code sink.reject}. */
  public void read(Input input, RecordSink sink) {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(sink, "sink");
    GuardedSink guarded = new GuardedSink(sink);
    try {
      readers.forInput(input).read(input, guarded);
    } catch (SinkFailure e) {
      throw e.original;
    } catch (IOException e) {
      sink.reject(new Rejection(input.name(), 0, 0, "cannot read input: " + Inputs.describe(e)));
    } catch (RuntimeException | StackOverflowError e) {
      // A reader bug must cost one input, not the batch; the reason names the failure for a bug report.
      sink.reject(new Rejection(input.name(), 0, 0, "reader failed: " + e));
    }
  }

  /** Marks exceptions thrown by the caller's sink, so that they are not mistaken for bad input. */
  private static final class SinkFailure extends RuntimeException {
    final RuntimeException original;

    SinkFailure(RuntimeException original) {
      super(original);
      this.original = original;
    }
  }

  private record GuardedSink(RecordSink sink) implements RecordSink {
    @Override
    public void accept(Article article) {
      try {
        sink.accept(article);
      } catch (RuntimeException e) {
        throw new SinkFailure(e);
      }
    }

    @Override
    public void reject(Rejection rejection) {
      try {
        sink.reject(rejection);
      } catch (RuntimeException e) {
        throw new SinkFailure(e);
      }
    }
  }

  private static final class CountingSink implements RecordSink {
    private final RecordSink sink;
    long articles;
    long rejections;

    CountingSink(RecordSink sink) {
      this.sink = sink;
    }

    @Override
    public void accept(Article article) {
      articles++;
      sink.accept(article);
    }

    @Override
    public void reject(Rejection rejection) {
      rejections++;
      sink.reject(rejection);
    }
  }
}
