package nl.kroniek.nlp.token;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Developer data under {@code shared/} (system property {@code kroniek.shared}), absent on users' machines:
 * tests that use it skip without it. Reads only the fields it needs from the JSONL news files, with a small
 * JSON string decoder, so tests need no JSON library.
 */
final class DevData {

  private DevData() {}

  /** The shared folder, if the property points at an existing one. */
  static Optional<Path> shared() {
    String p = System.getProperty("kroniek.shared");
    if (p == null || p.isBlank()) {
      return Optional.empty();
    }
    Path path = Path.of(p);
    return Files.isDirectory(path) ? Optional.of(path) : Optional.empty();
  }

  /** The DpgMedia2019 article file, if present. */
  static Optional<Path> dpgArticles() {
    return shared().map(s -> s.resolve("data/news-nl/dpgmedia2019-articles.jsonl.gz")).filter(Files::isRegularFile);
  }

  /** The {@code text} field of every record of a gzipped JSONL file. */
  static List<String> texts(Path jsonlGz) throws IOException {
    List<String> texts = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(jsonlGz)), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String text = stringField(line, "text");
        if (text != null && !text.isEmpty()) {
          texts.add(text);
        }
      }
    }
    return texts;
  }

  /** The value of a top-level string field in one JSON object line, or null. */
  static String stringField(String json, String name) {
    String key = "\"" + name + "\"";
    int k = json.indexOf(key);
    while (k >= 0) {
      int p = k + key.length();
      while (p < json.length() && Character.isWhitespace(json.charAt(p))) {
        p++;
      }
      if (p < json.length() && json.charAt(p) == ':') {
        p++;
        while (p < json.length() && Character.isWhitespace(json.charAt(p))) {
          p++;
        }
        return p < json.length() && json.charAt(p) == '"' ? decodeString(json, p + 1) : null;
      }
      k = json.indexOf(key, k + 1);
    }
    return null;
  }

  private static String decodeString(String json, int p) {
    StringBuilder sb = new StringBuilder();
    while (p < json.length()) {
      char c = json.charAt(p++);
      if (c == '"') {
        return sb.toString();
      }
      if (c != '\\') {
        sb.append(c);
        continue;
      }
      char e = json.charAt(p++);
      switch (e) {
        case 'n' -> sb.append('\n');
        case 't' -> sb.append('\t');
        case 'r' -> sb.append('\r');
        case 'b' -> sb.append('\b');
        case 'f' -> sb.append('\f');
        case 'u' -> {
          sb.append((char) Integer.parseInt(json, p, p + 4, 16));
          p += 4;
        }
        default -> sb.append(e); // \" \\ \/
      }
    }
    throw new IllegalArgumentException("unterminated JSON string");
  }
}
