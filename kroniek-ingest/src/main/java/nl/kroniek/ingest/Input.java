package nl.kroniek.ingest;

import java.io.IOException;
import java.io.InputStream;

/**
 * One readable input: a file, an entry of a zip archive, or the content of a gzip file. Containers are
 * unpacked by {@link Inputs}; readers only ever see plain content.
 */
public interface Input {

  /** The name used in provenance and error messages: {@code dir/a.zip!/2017/b.txt}, {@code feed.jsonl.gz}. */
  String name();

  /**
   * The file name that decides the format: the last path element with a container suffix removed
   * ({@code b.txt} for {@code a.zip!/2017/b.txt}, {@code feed.jsonl} for {@code feed.jsonl.gz}).
   */
  String fileName();

  /** Opens the (decompressed) content. Each call starts at the beginning. */
  InputStream open() throws IOException;

  /** Size in bytes of the stored content (compressed size for gzip), or -1 when unknown; for progress. */
  long size();
}
