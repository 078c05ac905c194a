package nl.kroniek.nlp.quote;

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

/** Developer data under shared/ (system property {@code kroniek.shared}); absent on users' machines. */
final class SharedData {

  private SharedData() {}

  static Optional<Path> folder() {
    String p = System.getProperty("kroniek.shared");
    return p == null || p.isBlank() || !Files.isDirectory(Path.of(p)) ? Optional.empty() : Optional.of(Path.of(p));
  }

  /** A seed file's text: everything after its {@code  date YYYY-MM } header. */
  static String seedText(String raw) {
    int k = raw.indexOf("date");
    if (k < 0 || k > 3) {
      return raw;
    }
    int afterDate = raw.indexOf(' ', k + 5);
    return afterDate < 0 ? "" : raw.substring(afterDate + 1);
  }

  /** The {@code text} field of each line of a gzipped JSONL file. */
  static List<String> texts(Path jsonlGz) throws IOException {
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(jsonlGz)),
        StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String text = textField(line);
        if (text != null) {
          out.add(text);
        }
      }
    }
    return out;
  }

  /** The top-level "text" string of a JSON object line, unescaped; null if absent. */
  static String textField(String json) {
    int k = json.indexOf("\"text\"");
    if (k < 0) {
      return null;
    }
    int p = json.indexOf(':', k + 6);
    while (p >= 0 && ++p < json.length() && Character.isWhitespace(json.charAt(p))) {
      // skip
    }
    if (p < 0 || p >= json.length() || json.charAt(p) != '"') {
      return null;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = p + 1; i < json.length(); i++) {
      char c = json.charAt(i);
      if (c == '"') {
        return sb.toString();
      }
      if (c != '\\') {
        sb.append(c);
        continue;
      }
      char e = json.charAt(++i);
      switch (e) {
        case 'n' -> sb.append('\n');
        case 't' -> sb.append('\t');
        case 'r' -> sb.append('\r');
        case 'b' -> sb.append('\b');
        case 'f' -> sb.append('\f');
        case 'u' -> {
          sb.append((char) Integer.parseInt(json, i + 1, i + 5, 16));
          i += 4;
        }
        default -> sb.append(e);
      }
    }
    return null;
  }
}
