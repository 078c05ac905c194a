package nl.kroniek.cli.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.kroniek.ingest.IngestReader;
import nl.kroniek.ingest.ProgressListener;
import nl.kroniek.ingest.ReadOptions;
import nl.kroniek.ingest.RecordSink;
import nl.kroniek.ingest.Rejection;
import nl.kroniek.model.Article;

/**
 * Turns a corpus into a benchmark corpus of a chosen size: reads the articles once (any format Kroniek
 * reads), then writes a JSON Lines file that cycles through them until it holds the requested number.
 *
 * <p>Copy 0 of an article is the article as read. Copy {@code k >= 1} gets the id {@code <id>#r<k>} and
 * {@code " [r<k>]"} appended to its text: a changed id alone would not do, because ingest also drops an
 * article whose normalised text it has seen (content de-duplication). The marker adds one short token per
 * copy, at the end, where it does not move any match or snippet.
 */
final class CorpusReplicator {

  /** Field names the JSON Lines reader maps by default, and their aliases: not written as metadata. */
  private static final Set<String> RESERVED = Set.of("id", "title", "text", "published_at", "source", "url",
      "headline", "body", "content", "date", "published", "publication_date", "medium", "outlet", "publisher",
      "link");

  private CorpusReplicator() {}

  /**
   * Reads the paths and writes {@code articles} articles to {@code out}.
   *
   * @throws IOException when nothing readable is found, or writing fails
   */
  static CorpusStats replicate(List<Path> paths, long articles, Path out) throws IOException {
    Objects.requireNonNull(paths, "paths");
    Objects.requireNonNull(out, "out");
    if (articles < 1) {
      throw new IllegalArgumentException("articles must be >= 1, got " + articles);
    }
    Source source = read(paths, articles);
    if (source.articles.isEmpty()) {
      throw new IOException("no readable articles in " + paths + " (" + source.skipped
          + " records rejected or duplicate)");
    }
    long textBytes = 0;
    try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
        JsonGenerator g = new JsonFactory().createGenerator(os, JsonEncoding.UTF8)) {
      g.setRootValueSeparator(null); // one object per line: the newline is written explicitly
      for (long i = 0; i < articles; i++) {
        Article a = source.articles.get((int) (i % source.articles.size()));
        long copy = i / source.articles.size();
        Article written = copy == 0 ? a
            : a.toBuilder().id(a.id() + "#r" + copy).text(a.text() + " [r" + copy + "]").build();
        textBytes += utf8Length(written.title()) + utf8Length(written.text());
        write(g, written);
        g.writeRaw('\n');
      }
    } catch (IOException e) {
      throw new IOException("cannot write the benchmark corpus " + out + ": " + e.getMessage(), e);
    }
    long copies = (articles + source.articles.size() - 1) / source.articles.size();
    return new CorpusStats(source.articles.size(), source.skipped, articles, copies, textBytes, Files.size(out),
        out);
  }

  /** Copies the first {@code lines} lines of a generated corpus (the warm-up corpus). */
  static long head(Path corpus, long lines, Path out) throws IOException {
    long n = 0;
    try (BufferedReader in = Files.newBufferedReader(corpus, StandardCharsets.UTF_8);
        BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      String line;
      while (n < lines && (line = in.readLine()) != null) {
        w.write(line);
        w.write('\n');
        n++;
      }
    }
    return n;
  }

  private static void write(JsonGenerator g, Article a) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", a.id());
    g.writeStringField("title", a.title());
    g.writeStringField("text", a.text());
    if (a.date().isKnown()) {
      g.writeStringField("published_at", a.date().toString());
    }
    if (a.source() != null) {
      g.writeStringField("source", a.source());
    }
    if (a.url() != null) {
      g.writeStringField("url", a.url());
    }
    for (Map.Entry<String, String> m : a.metadata().entrySet()) {
      if (!RESERVED.contains(m.getKey().toLowerCase(java.util.Locale.ROOT))) {
        g.writeStringField(m.getKey(), m.getValue());
      }
    }
    g.writeEndObject();
  }

  private static long utf8Length(String s) {
    long n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        n++;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        n += 4;
        i++;
      } else {
        n += 3;
      }
    }
    return n;
  }

  /** Reads distinct articles (by id and by text, as ingest would) until {@code max} are found. */
  private static Source read(List<Path> paths, long max) {
    Source source = new Source(max);
    try {
      new IngestReader(ReadOptions.DEFAULT).read(paths, source, ProgressListener.NONE);
    } catch (Source.Enough e) {
      // the rest of the input is not needed
    }
    return source;
  }

  private static final class Source implements RecordSink {
    private final long max;
    final List<Article> articles = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    private final Set<String> fingerprints = new HashSet<>();
    long skipped;

    Source(long max) {
      this.max = max;
    }

    @Override
    public void accept(Article article) {
      if (!ids.add(article.id()) | !fingerprints.add(article.fingerprint())) {
        skipped++;
        return;
      }
      articles.add(article);
      if (articles.size() >= max) {
        throw new Enough();
      }
    }

    @Override
    public void reject(Rejection rejection) {
      skipped++;
    }

    /** Stops reading once enough articles are in hand. */
    static final class Enough extends RuntimeException {
      Enough() {
        super(null, null, false, false);
      }
    }
  }
}
