package nl.kroniek.nlp.ner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.kroniek.model.fact.EntityType;
import nl.kroniek.nlp.token.SentenceSplitter;
import nl.kroniek.nlp.token.Tokenizer;

/**
 * Training text written for Kroniek with the entities marked inline: {@code Volgens de krant [ORG The
 * Guardian] ...}. Documents are separated by a line {@code ---}. The marks are removed, the text is
 * tokenised like any article, and the marked spans become the gold tags.
 */
final class InlineCorpus {

  private InlineCorpus() {}

  /** Every {@code *.txt} file in the directory, in name order. */
  static List<StandoffCorpus.Doc> read(Path dir) throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
    Tokenizer tokenizer = new Tokenizer();
    SentenceSplitter splitter = new SentenceSplitter();
    List<StandoffCorpus.Doc> docs = new ArrayList<>();
    for (Path file : files) {
      String content = Files.readString(file, StandardCharsets.UTF_8);
      int n = 0;
      for (String block : content.split("(?m)^---\\s*$")) {
        if (block.isBlank()) {
          continue;
        }
        n++;
        docs.add(parse(file.getFileName() + "#" + n, block.strip(), tokenizer, splitter));
      }
    }
    return docs;
  }

  /**
   * Removes the marks and tags the text.
   *
   * @throws IllegalArgumentException on an unbalanced or unknown mark
   */
  static StandoffCorpus.Doc parse(String id, String marked, Tokenizer tokenizer, SentenceSplitter splitter) {
    StringBuilder text = new StringBuilder(marked.length());
    List<int[]> spans = new ArrayList<>();
    int i = 0;
    while (i < marked.length()) {
      char c = marked.charAt(i);
      if (c == '[') {
        int space = marked.indexOf(' ', i);
        int close = marked.indexOf(']', i);
        if (space < 0 || close < 0 || close < space) {
          throw new IllegalArgumentException(id + ": unbalanced [ at " + i);
        }
        EntityType type = EntityType.valueOf(marked.substring(i + 1, space));
        int start = text.length();
        text.append(marked, space + 1, close);
        spans.add(new int[] {start, text.length(), type.ordinal()});
        i = close + 1;
      } else if (c == ']') {
        throw new IllegalArgumentException(id + ": ] without [ at " + i);
      } else {
        text.append(c);
        i++;
      }
    }
    return StandoffCorpus.tag(id, "train", text.toString(), spans, tokenizer, splitter);
  }
}
