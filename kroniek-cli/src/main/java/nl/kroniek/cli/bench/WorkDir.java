package nl.kroniek.cli.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The bench's working directory: a fresh temporary one, deleted on close, or a kept one. */
final class WorkDir implements AutoCloseable {

  private final Path root;
  private final boolean keep;

  private WorkDir(Path root, boolean keep) {
    this.root = root;
    this.keep = keep;
  }

  /**
   * @param parent where to create a temporary directory (null: the system temp directory)
   * @param keep a directory to use and keep instead (must be new or empty), or null
   */
  static WorkDir create(Path parent, Path keep) throws IOException {
    if (keep != null) {
      if (Files.isDirectory(keep)) {
        try (Stream<Path> s = Files.list(keep)) {
          if (s.findAny().isPresent()) {
            throw new IllegalArgumentException("--keep " + keep + ": the directory is not empty (the benchmark "
                + "needs fresh indexes)");
          }
        }
      }
      return new WorkDir(Files.createDirectories(keep).toAbsolutePath(), true);
    }
    Path p = parent == null ? Files.createTempDirectory("kroniek-bench-")
        : Files.createTempDirectory(Files.createDirectories(parent), "kroniek-bench-");
    return new WorkDir(p.toAbsolutePath(), false);
  }

  Path root() {
    return root;
  }

  Path resolve(String name) {
    return root.resolve(name);
  }

  boolean kept() {
    return keep;
  }

  /** Deletes a directory tree below the working directory (the warm-up indexes). */
  static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  @Override
  public void close() throws IOException {
    if (!keep) {
      delete(root);
    }
  }
}
