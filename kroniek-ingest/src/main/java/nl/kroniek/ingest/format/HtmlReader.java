package nl.kroniek.ingest.format;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A saved web page ({@code html}), one article per file, parsed with jsoup.
 *
 * <ul>
 *   <li>title: {@code og:title}, else {@code <title>} (without a trailing "| site name"), else the first
 *       {@code <h1>};
 *   <li>date: {@code <meta>} {@code article:published_time}, {@code og:published_time}, {@code date},
 *       {@code dcterms.date}, {@code DC.date.issued}, {@code pubdate}, {@code datePublished}; else the
 *       first {@code <time datetime>}; else {@code datePublished} in JSON-LD;
 *   <li>source: {@code og:site_name}; url: {@code <link rel=canonical>}, else {@code og:url}; language:
 *       {@code <html lang>}, else {@code og:locale}; author and section to metadata;
 *   <li>text: see {@link MainText}. A page without article text is rejected.
 * </ul>
 */
public final class HtmlReader implements ArticleReader {

  private static final String[] DATE_META = {"article:published_time", "og:published_time", "date",
      "dcterms.date", "DC.date.issued", "pubdate", "datePublished"};
  private static final Pattern JSON_LD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]{4,40})\"");
  private static final Pattern LANGUAGE = Pattern.compile("([a-zA-Z]{2,3})(?:[-_].*)?");

  private final int maxRecordBytes;

  public HtmlReader() {
    this(ReadOptions.DEFAULT);
  }

  public HtmlReader(ReadOptions options) {
    this.maxRecordBytes = Objects.requireNonNull(options, "options").maxRecordBytes();
  }

  @Override
  public String format() {
    return "html";
  }

  @Override
  public void read(Input input, RecordSink sink) throws IOException {
    DecodedText decoded = TextDecoder.readRecord(input, maxRecordBytes, sink);
    if (decoded == null) {
      return;
    }
    Document page = Jsoup.parse(decoded.text());
    Article.Builder article = Article.builder().provenance(new Provenance(input.name(), 0, 0, format()));
    decoded.describeIn(article);
    String site = meta(page, "og:site_name");
    String title = title(page, site);
    article.title(title).source(site).url(url(page)).language(language(page));
    article.meta("author", meta(page, "author", "article:author"));
    article.meta("section", meta(page, "article:section"));
    String date = date(page);
    try {
      article.date(DateValues.parse(date));
    } catch (IllegalArgumentException e) {
      article.date(PubDate.UNKNOWN).meta(RecordAssembler.META_DATE_RAW, date);
    }
    List<String> paragraphs = new ArrayList<>(MainText.paragraphs(page.body()));
    if (!paragraphs.isEmpty() && paragraphs.get(0).equals(article.title())) {
      paragraphs.remove(0); // the headline repeated at the top of the article body
    }
    List<String> body = TextBody.withoutCredits(paragraphs, article);
    article.text(Paragraphs.join(body));
    if (article.text().isEmpty()) {
      sink.reject(new Rejection(input.name(), 0, 0, "no article text found in the page"));
      return;
    }
    sink.accept(article.build());
  }

  private static String title(Document page, String site) {
    String title = meta(page, "og:title");
    if (title == null) {
      title = Paragraphs.collapse(page.title());
      if (site != null) {
        for (String separator : new String[] {" | ", " - ", " – ", " — "}) {
          if (title.endsWith(separator + site)) {
            title = title.substring(0, title.length() - separator.length() - site.length());
          }
        }
      }
    }
    if (title == null || title.isBlank()) {
      Element h1 = page.selectFirst("h1");
      title = h1 == null ? "" : h1.text();
    }
    return Paragraphs.collapse(title);
  }

  private static String date(Document page) {
    String date = meta(page, DATE_META);
    if (date != null) {
      return date;
    }
    Element time = page.selectFirst("article time[datetime], time[pubdate][datetime], time[datetime]");
    if (time != null && !time.attr("datetime").isBlank()) {
      return time.attr("datetime");
    }
    for (Element script : page.select("script[type=application/ld+json]")) {
      Matcher m = JSON_LD_DATE.matcher(script.data());
      if (m.find()) {
        return m.group(1);
      }
    }
    return null;
  }

  private static String url(Document page) {
    Element canonical = page.selectFirst("link[rel=canonical][href]");
    if (canonical != null && !canonical.attr("href").isBlank()) {
      return canonical.attr("href").strip();
    }
    return meta(page, "og:url");
  }

  private static String language(Document page) {
    Element html = page.selectFirst("html[lang]");
    String tag = html != null ? html.attr("lang") : meta(page, "og:locale");
    if (tag == null) {
      return null;
    }
    Matcher m = LANGUAGE.matcher(tag.strip());
    return m.matches() ? m.group(1).toLowerCase(Locale.ROOT) : null;
  }

  /** The content of the first {@code <meta>} whose property, name or itemprop is one of the keys. */
  private static String meta(Document page, String... keys) {
    for (String key : keys) {
      for (String attribute : new String[] {"property", "name", "itemprop"}) {
        for (Element meta : page.getElementsByTag("meta")) {
          if (meta.attr(attribute).equalsIgnoreCase(key) && !meta.attr("content").isBlank()) {
            return Paragraphs.collapse(meta.attr("content"));
          }
        }
      }
    }
    return null;
  }
}
