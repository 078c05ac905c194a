package nl.kroniek.ingest;

/**
 * Follows an ingest run in stored bytes, for a progress bar. The byte total is the sum of the sizes of
 * the files on disk (a zip or gzip file counts with its compressed size); {@link #advance} calls add up
 * to exactly that total when the run ends.
 */
public interface ProgressListener {

  /** Listens to nothing. */
  ProgressListener NONE = new ProgressListener() {};

  /** Called once, before reading, with the sum of the sizes of all files to read. */
  default void start(long totalBytes) {}

  /** Called when an input (a file, a zip entry) is about to be read. */
  default void inputStarted(String name) {}

  /** Called as stored bytes are consumed; {@code bytes} is the increase since the previous call. */
  default void advance(long bytes) {}
}
