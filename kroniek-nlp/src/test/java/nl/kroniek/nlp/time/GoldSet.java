package nl.kroniek.nlp.time;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.kroniek.model.PubDate;

/**
 * The hand-annotated gold sentences in {@code gold.tsv}: {@code reference TAB sentence}, expressions marked
 * inline as {@code [text|value]} or {@code [text|value|modifier]}.
 */
final class GoldSet {

  /** One expected expression, by character offsets in the unmarked sentence. */
  record Expected(int start, int end, String text, String value, String modifier) {}

  record Sentence(int line, PubDate reference, String text, List<Expected> expected) {}

  private GoldSet() {}

  static List<Sentence> load() throws IOException {
    try (InputStream in = GoldSet.class.getResourceAsStream("gold.tsv")) {
      Objects.requireNonNull(in, "gold.tsv missing from test resources");
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      List<Sentence> sentences = new ArrayList<>();
      for (int n = 0; n < lines.length; n++) {
        String line = lines[n].strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        int tab = line.indexOf('\t');
        if (tab < 0) {
          throw new IllegalStateException("gold.tsv line " + (n + 1) + ": no TAB");
        }
        String ref = line.substring(0, tab).strip();
        PubDate reference = ref.equals("?") ? PubDate.UNKNOWN : PubDate.parse(ref);
        sentences.add(parse(n + 1, reference, line.substring(tab + 1)));
      }
      return sentences;
    }
  }

  static Sentence parse(int lineNumber, PubDate reference, String marked) {
    StringBuilder plain = new StringBuilder();
    List<Expected> expected = new ArrayList<>();
    int i = 0;
    while (i < marked.length()) {
      char c = marked.charAt(i);
      if (c != '[') {
        plain.append(c);
        i++;
        continue;
      }
      int close = marked.indexOf(']', i);
      if (close < 0) {
        throw new IllegalStateException("gold.tsv line " + lineNumber + ": unclosed [");
      }
      String[] parts = marked.substring(i + 1, close).split("\\|", -1);
      if (parts.length < 2 || parts.length > 3) {
        throw new IllegalStateException("gold.tsv line " + lineNumber + ": want [text|value(|modifier)]");
      }
      int start = plain.length();
      plain.append(parts[0]);
      String value = parts[1].equals("null") ? null : parts[1];
      String modifier = parts.length == 3 ? parts[2] : null;
      expected.add(new Expected(start, plain.length(), parts[0], value, modifier));
      i = close + 1;
    }
    return new Sentence(lineNumber, reference, plain.toString(), List.copyOf(expected));
  }
}
