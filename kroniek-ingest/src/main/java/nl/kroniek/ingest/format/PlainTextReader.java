package nl.kroniek.ingest.format;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import nl.kroniek.ingest.ArticleReader;
import nl.kroniek.ingest.Input;
import nl.kroniek.ingest.ReadOptions;
import nl.kroniek.ingest.RecordSink;
import nl.kroniek.ingest.Rejection;
import nl.kroniek.model.Article;
import nl.kroniek.model.Provenance;

/**
 * Plain text ({@code txt}): one article per file, date unknown. Paragraphs and credit lines as in
 * {@link SeedReader}. The first line is the title only when it is at most 200 characters, does not end
 * with a period, and is followed by a blank line and more text; otherwise the article has no title.
 */
public final class PlainTextReader implements ArticleReader {

  static final int MAX_TITLE_LENGTH = 200;

  private final int maxRecordBytes;

  public PlainTextReader() {
    this(ReadOptions.DEFAULT);
  }

  public PlainTextReader(ReadOptions options) {
    this.maxRecordBytes = Objects.requireNonNull(options, "options").maxRecordBytes();
  }

  @Override
  public String format() {
    return "txt";
  }

  @Override
  public void read(Input input, RecordSink sink) throws IOException {
    DecodedText decoded = TextDecoder.readRecord(input, maxRecordBytes, sink);
    if (decoded == null) {
      return;
    }
    Article.Builder article = Article.builder().provenance(new Provenance(input.name(), 1, 0, format()));
    decoded.describeIn(article);
    List<String> lines = TextBody.withoutCredits(Paragraphs.lines(decoded.text()), article);
    int first = 0;
    while (first < lines.size() && Paragraphs.isBlank(lines.get(first))) {
      first++;
    }
    if (isTitle(lines, first)) {
      article.title(Paragraphs.collapse(lines.get(first)));
      lines = lines.subList(first + 1, lines.size());
    }
    article.text(TextBody.of(lines));
    if (article.text().isEmpty() && article.title().isEmpty()) {
      sink.reject(new Rejection(input.name(), 0, 0, "no article text (only credit lines)"));
      return;
    }
    sink.accept(article.build());
  }

  private static boolean isTitle(List<String> lines, int i) {
    if (i + 2 >= lines.size() || !Paragraphs.isBlank(lines.get(i + 1))) {
      return false;
    }
    if (lines.get(i).length() > 4 * MAX_TITLE_LENGTH) {
      return false;
    }
    String line = Paragraphs.collapse(lines.get(i));
    if (line.length() > MAX_TITLE_LENGTH || line.endsWith(".")) {
      return false;
    }
    for (int j = i + 2; j < lines.size(); j++) {
      if (!Paragraphs.isBlank(lines.get(j))) {
        return true;
      }
    }
    return false;
  }
}
