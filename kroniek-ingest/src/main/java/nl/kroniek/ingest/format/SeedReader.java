package nl.kroniek.ingest.format;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kroniek.ingest.ArticleReader;
import nl.kroniek.ingest.Input;
import nl.kroniek.ingest.ReadOptions;
import nl.kroniek.ingest.RecordSink;
import nl.kroniek.ingest.Rejection;
import nl.kroniek.model.Article;
import nl.kroniek.model.PubDate;
import nl.kroniek.model.Provenance;

/**
 * The seed format ({@code seed}): one article per file, starting with {@code date YYYY-MM} or
 * {@code date YYYY-MM-DD} (leading whitespace allowed). The article text may start on the same line, after
 * the date. Blank lines separate paragraphs; credit lines at the start or end go to metadata. Seed
 * articles have no title; a short first paragraph is a subheading and stays in the body.
 *
 * <pre>
 *  date 2017-09 © getty.
 *
 * Naarmate IS steeds meer terrein verliest, ...
 * </pre>
 */
public final class SeedReader implements ArticleReader {

  private static final Pattern HEADER =
      Pattern.compile("\\A\\s*date[ \\t]+(\\d{4}-\\d{1,2}(?:-\\d{1,2})?)(?=\\s|\\z)[ \\t]*");

  private final int maxRecordBytes;

  public SeedReader() {
    this(ReadOptions.DEFAULT);
  }

  public SeedReader(ReadOptions options) {
    this.maxRecordBytes = Objects.requireNonNull(options, "options").maxRecordBytes();
  }

  /** True when the text starts with the seed date header (the caller removes a byte-order mark). */
  public static boolean startsWithDateHeader(CharSequence head) {
    return HEADER.matcher(Objects.requireNonNull(head, "head")).lookingAt();
  }

  @Override
  public String format() {
    return "seed";
  }

  @Override
  public void read(Input input, RecordSink sink) throws IOException {
    DecodedText decoded = TextDecoder.readRecord(input, maxRecordBytes, sink);
    if (decoded == null) {
      return;
    }
    Matcher header = HEADER.matcher(decoded.text());
    if (!header.lookingAt()) {
      sink.reject(new Rejection(input.name(), 1, 0, "no 'date YYYY-MM' header at the start (not a seed file)"));
      return;
    }
    Article.Builder article = Article.builder()
        .provenance(new Provenance(input.name(), 1, 0, format()));
    try {
      article.date(PubDate.parse(header.group(1)));
    } catch (IllegalArgumentException e) {
      article.date(PubDate.UNKNOWN).meta(RecordAssembler.META_DATE_RAW, header.group(1));
    }
    decoded.describeIn(article);
    List<String> lines = TextBody.withoutCredits(Paragraphs.lines(decoded.text().substring(header.end())), article);
    article.text(TextBody.of(lines));
    if (article.text().isEmpty()) {
      sink.reject(new Rejection(input.name(), 1, 0, "no article text after the date header"));
      return;
    }
    sink.accept(article.build());
  }
}
