package nl.kroniek.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The hand-written exceptions of the decompounder, read from {@code compound-rules.txt}: parts that are
 * really suffixes or particles, short or suffix-like parts that are allowed after all, nouns whose final s is
 * not a linking s, and lexicalised words that must stay whole. Each list is a {@link WordList}, so it can be
 * probed on a {@code char[]} slice without allocating.
 */
final class CompoundRules {

  static final String RESOURCE = "compound-rules.txt";

  final WordList stopHeads;
  final WordList stopModifiers;
  final WordList allowedHeads;
  final WordList shortModifiers;
  final WordList neverSplit;
  final WordList sFinalModifiers;

  CompoundRules(Map<String, List<String>> sections) {
    this.stopHeads = section(sections, "stop-heads");
    this.stopModifiers = section(sections, "stop-modifiers");
    this.allowedHeads = section(sections, "allowed-heads");
    this.shortModifiers = section(sections, "short-modifiers");
    this.neverSplit = section(sections, "never-split");
    this.sFinalModifiers = section(sections, "s-final-modifiers");
  }

  private static WordList section(Map<String, List<String>> sections, String name) {
    return WordList.of(sections.getOrDefault(name, List.of()));
  }

  /** The bundled rules. */
  static CompoundRules bundled() {
    try (InputStream in = CompoundRules.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("missing resource " + RESOURCE));
      }
      return parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** Parses {@code [section]} headers followed by one word a line; {@code #} starts a comment. */
  static CompoundRules parse(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    Map<String, List<String>> sections = new HashMap<>();
    List<String> current = null;
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    int lineNumber = 0;
    for (String line; (line = reader.readLine()) != null; ) {
      lineNumber++;
      int hash = line.indexOf('#');
      String text = (hash >= 0 ? line.substring(0, hash) : line).strip();
      if (text.isEmpty()) {
        continue;
      }
      if (text.startsWith("[") && text.endsWith("]")) {
        current = sections.computeIfAbsent(text.substring(1, text.length() - 1), k -> new ArrayList<>());
      } else if (current == null) {
        throw new IOException(RESOURCE + ":" + lineNumber + ": word before the first [section]");
      } else {
        current.add(text);
      }
    }
    return new CompoundRules(sections);
  }
}
