package nl.kroniek.ingest.format;

import java.util.List;
import nl.kroniek.model.Article;

/** The body of a plain-text article: credit lines to metadata, then blank-line paragraphs. */
final class TextBody {

  private TextBody() {}

  /** Lines without the leading and trailing credit lines, which go to the article's credit metadata. */
  static List<String> withoutCredits(List<String> lines, Article.Builder article) {
    return CreditLines.strip(lines, credit -> article.meta(Article.META_CREDIT, credit));
  }

  /** The stored body of plain-text lines. */
  static String of(List<String> lines) {
    return Paragraphs.join(Paragraphs.fromPlainLines(lines));
  }
}
