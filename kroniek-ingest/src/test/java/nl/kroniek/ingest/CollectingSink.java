package nl.kroniek.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.kroniek.model.Article;

/** Keeps what a reader found, for assertions. */
public final class CollectingSink implements RecordSink {
  public final List<Article> articles = new ArrayList<>();
  public final List<Rejection> rejections = new ArrayList<>();

  @Override
  public void accept(Article article) {
    articles.add(article);
  }

  @Override
  public void reject(Rejection rejection) {
    rejections.add(rejection);
  }

  public Article only() {
    if (articles.size() != 1 || !rejections.isEmpty()) {
      throw new AssertionError("expected exactly one article, got " + articles.size() + " and rejections "
          + rejections);
    }
    return articles.get(0);
  }

  public Rejection onlyRejection() {
    if (rejections.size() != 1 || !articles.isEmpty()) {
      throw new AssertionError("expected exactly one rejection, got " + rejections + " and " + articles.size()
          + " articles");
    }
    return rejections.get(0);
  }

  public List<Article> from(String fileSuffix) {
    return articles.stream().filter(a -> a.provenance().file().endsWith(fileSuffix)).collect(Collectors.toList());
  }

  public List<Rejection> rejectionsOf(String fileSuffix) {
    return rejections.stream().filter(r -> r.file().endsWith(fileSuffix)).collect(Collectors.toList());
  }

  /** Reads one in-memory input with a reader. */
  public static CollectingSink read(ArticleReader reader, String name, byte[] content) throws java.io.IOException {
    CollectingSink sink = new CollectingSink();
    reader.read(Inputs.of(name, content), sink);
    return sink;
  }

  public static CollectingSink read(ArticleReader reader, String name, String content) throws java.io.IOException {
    return read(reader, name, content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
