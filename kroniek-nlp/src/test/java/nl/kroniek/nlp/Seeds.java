package nl.kroniek.nlp;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The two seed articles of the project brief, as bundled with the demo (system property
 * {@code kroniek.seeds}, set by the build): the files as they are, first line {@code  date YYYY-MM} included.
 */
public final class Seeds {

  private static final String DEFAULT_DIR = "../kroniek-cli/src/main/resources/nl/kroniek/cli/demo";

  private Seeds() {}

  /** The seed files, in name order; the test is skipped (not failed) when they cannot be found. */
  public static List<Path> files() throws IOException {
    Path dir = Path.of(System.getProperty("kroniek.seeds", DEFAULT_DIR));
    assumeTrue(Files.isDirectory(dir), "the seed articles are not at " + dir);
    try (Stream<Path> all = Files.list(dir)) {
      return all.filter(f -> f.getFileName().toString().matches("\\d{3}_\\p{XDigit}{16}\\.txt")).sorted().toList();
    }
  }

  /** The seed whose file name starts with {@code prefix} ({@code "000"}, {@code "004_"}). */
  public static String raw(String prefix) throws IOException {
    Path file = files().stream().filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst()
        .orElse(null);
    assumeTrue(file != null, "no seed " + prefix);
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  /** Both seeds, one after the other, separated by a blank line. */
  public static String allRaw() throws IOException {
    StringBuilder text = new StringBuilder();
    for (Path file : files()) {
      text.append(Files.readString(file, StandardCharsets.UTF_8)).append("\n\n");
    }
    return text.toString();
  }
}
