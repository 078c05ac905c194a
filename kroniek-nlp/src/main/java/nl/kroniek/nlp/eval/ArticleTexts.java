package nl.kroniek.nlp.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;

/**
 * Reads article texts from a JSON Lines corpus ({@code id} and {@code text} per line, gzip when the file
 * name ends in {@code .gz}), such as {@code shared/data/news-nl/dpgmedia2019-articles.jsonl.gz}, to verify
 * the gold set or to run the extractors on its articles.
 */
public final class ArticleTexts {

  private ArticleTexts() {}

  /**
   * The texts of the wanted articles, in file order.
   *
   * @param wanted which ids to keep ({@code gold::containsKey}-style)
   * @throws IllegalArgumentException for a malformed line, naming it
   */
  public static Map<String, String> read(Path file, Predicate<String> wanted) throws IOException {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(wanted, "wanted");
    Map<String, String> texts = new LinkedHashMap<>();
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      int n = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        if (!(parse(line, n) instanceof Map<?, ?> record) || !(record.get("id") instanceof String id)) {
          throw new IllegalArgumentException("line " + n + ": no string id");
        }
        if (wanted.test(id) && record.get("text") instanceof String text) {
          texts.put(id, text);
        }
      }
    }
    return texts;
  }

  private static Object parse(String line, int n) {
    try {
      return Json.parse(line);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("line " + n + ": " + e.getMessage(), e);
    }
  }
}
