package nl.kroniek.nlp.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.kroniek.model.fact.Facts;
import nl.kroniek.model.fact.Span;

/**
 * The stand-off facts gold set: one JSON object per line,
 * {@code {"id":…,"sha256":…,"date":…,"quotes":[…],"sources":[…],"quantities":[…],"money":[…],"times":[…],
 * "places":[…]}}, with UTF-16 offsets into the article's {@code text} (format and annotation rules in
 * {@code docs/annotation/facts-guidelines.md}). The file holds no article text; {@link #verify} checks it
 * against the texts it was made for.
 */
public final class FactsGold {

  /** Where the DPG 2019 gold set lives, relative to the repository root. */
  public static final String DPG2019_PATH = "data/annotations/facts/dpg2019-facts.jsonl";

  private final Map<String, GoldArticle> articles;

  private FactsGold(Map<String, GoldArticle> articles) {
    this.articles = Collections.unmodifiableMap(articles);
  }

  /** Reads a gold file (UTF-8). Blank lines and lines starting with {@code #} are skipped. */
  public static FactsGold read(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(r);
    }
  }

  /**
   * Reads gold lines from a reader.
   *
   * @throws IllegalArgumentException for a malformed line or a repeated id, naming the line
   */
  public static FactsGold read(Reader reader) throws IOException {
    Objects.requireNonNull(reader, "reader");
    Map<String, GoldArticle> articles = new LinkedHashMap<>();
    BufferedReader lines = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    int n = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      GoldArticle article;
      try {
        article = GoldLineParser.parse(line);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("gold line " + n + ": " + e.getMessage(), e);
      }
      if (articles.putIfAbsent(article.id(), article) != null) {
        throw new IllegalArgumentException("gold line " + n + ": repeated id " + article.id());
      }
    }
    return new FactsGold(articles);
  }

  /** The articles in file order. */
  public List<GoldArticle> articles() {
    return List.copyOf(articles.values());
  }

  /** The article with this id, or null. */
  public GoldArticle article(String id) {
    return articles.get(id);
  }

  /** Number of articles. */
  public int size() {
    return articles.size();
  }

  /** Article id to gold facts, in file order: the gold argument of {@link FactsScorer#score}. */
  public Map<String, Facts> facts() {
    Map<String, Facts> facts = new LinkedHashMap<>();
    articles.forEach((id, a) -> facts.put(id, a.facts()));
    return Collections.unmodifiableMap(facts);
  }

  /** Number of gold facts per extractor. */
  public Map<Extractor, Integer> counts() {
    Map<Extractor, Integer> counts = new EnumMap<>(Extractor.class);
    for (FactType<?> type : FactType.ALL) {
      counts.put(type.extractor(), articles.values().stream().mapToInt(a -> type.list().apply(a.facts()).size())
          .sum());
    }
    return counts;
  }

  /**
   * Checks the gold against the article texts: every article's text is there, its fingerprint equals the
   * recorded {@code sha256}, and every span lies within it.
   *
   * @param textById article id to its {@code text}
   * @return one message per problem; empty when the gold fits the texts
   */
  public List<String> verify(Map<String, String> textById) {
    Objects.requireNonNull(textById, "textById");
    List<String> problems = new ArrayList<>();
    for (GoldArticle a : articles.values()) {
      String text = textById.get(a.id());
      if (text == null) {
        problems.add(a.id() + ": no text");
        continue;
      }
      String fp = fingerprint(text);
      if (!fp.equalsIgnoreCase(a.sha256())) {
        problems.add(a.id() + ": text fingerprint " + fp + " differs from the annotated " + a.sha256());
        continue;
      }
      for (FactType<?> type : FactType.ALL) {
        List<? extends Span> spans = type.list().apply(a.facts());
        for (int i = 0; i < spans.size(); i++) {
          Span s = spans.get(i);
          if (s.end() > text.length()) {
            problems.add(String.format("%s: %s[%d] [%d, %d) beyond the text (length %d)", a.id(),
                type.extractor().label(), i, s.start(), s.end(), text.length()));
          }
        }
      }
    }
    return problems;
  }

  /** The first 16 hex digits (lower case) of the SHA-256 of the text's UTF-8 bytes. */
  public static String fingerprint(String text) {
    Objects.requireNonNull(text, "text");
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required on every Java platform", e);
    }
  }
}
