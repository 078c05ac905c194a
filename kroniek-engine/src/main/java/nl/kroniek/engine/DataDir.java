package nl.kroniek.engine;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The layout of a Kroniek data directory: {@code index/} holds the Lucene index, {@code quarantine/} one
 * JSON Lines report per ingest that rejected records.
 */
public record DataDir(Path root) {

  /** Where {@code --data} points when not given: {@code $KRONIEK_DATA}, else {@code ./kroniek-data}. */
  public static DataDir resolve(Path explicit) {
    if (explicit != null) {
      return new DataDir(explicit);
    }
    String env = System.getenv("KRONIEK_DATA");
    return new DataDir(Path.of(env != null && !env.isBlank() ? env : "kroniek-data"));
  }

  public DataDir {
    Objects.requireNonNull(root, "root");
    root = root.toAbsolutePath().normalize();
  }

  public Path index() {
    return root.resolve("index");
  }

  public Path quarantine() {
    return root.resolve("quarantine");
  }
}
