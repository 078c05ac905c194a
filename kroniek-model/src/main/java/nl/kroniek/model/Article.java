package nl.kroniek.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One news article as Kroniek stores it. Immutable; build one with {@link #builder()}.
 *
 * <p>{@code text} is the body as stored: paragraphs separated by one blank line ({@code "\n\n"}). Every
 * character offset Kroniek reports (entities, quotes, numbers...) points into this string.
 *
 * @param id stable id: the source's id when it gives one, else {@link TextNormalizer#contentId} of title
 *     and text
 * @param title the headline, or "" when the source has none
 * @param text the body, never null
 * @param date publication date with its precision, {@link PubDate#UNKNOWN} when not known
 * @param source outlet name ("de Volkskrant"), or null
 * @param url the article's address, or null
 * @param language ISO 639-1 code, "nl" unless the source says otherwise
 * @param metadata everything else worth keeping that is not article text (credit lines, authors,
 *     section, the original field values of a record), in input order
 * @param provenance where the record was read
 */
public record Article(
    String id,
    String title,
    String text,
    PubDate date,
    String source,
    String url,
    String language,
    Map<String, String> metadata,
    Provenance provenance) {

  /** Metadata key for photo/credit lines such as {@code © getty.}, kept out of the body. */
  public static final String META_CREDIT = "credit";

  public Article {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("id must not be blank");
    }
    title = title == null ? "" : title;
    Objects.requireNonNull(text, "text");
    date = date == null ? PubDate.UNKNOWN : date;
    source = blankToNull(source);
    url = blankToNull(url);
    language = language == null || language.isBlank() ? "nl" : language;
    metadata = metadata == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    Objects.requireNonNull(provenance, "provenance");
  }

  /** Normalised-text fingerprint (title and body) used for exact de-duplication. */
  public String fingerprint() {
    return TextNormalizer.fingerprint(title + "\n" + text);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.title = title;
    b.text = text;
    b.date = date;
    b.source = source;
    b.url = url;
    b.language = language;
    b.metadata.putAll(metadata);
    b.provenance = provenance;
    return b;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** Builder; {@link #build()} fills in a content id when none was given. */
  public static final class Builder {
    private String id;
    private String title = "";
    private String text = "";
    private PubDate date = PubDate.UNKNOWN;
    private String source;
    private String url;
    private String language = "nl";
    private final Map<String, String> metadata = new LinkedHashMap<>();
    private Provenance provenance;

    private Builder() {}

    public Builder id(String id) {
      this.id = id == null || id.isBlank() ? null : id.strip();
      return this;
    }

    public Builder title(String title) {
      this.title = title == null ? "" : title.strip();
      return this;
    }

    public Builder text(String text) {
      this.text = text == null ? "" : text;
      return this;
    }

    public Builder date(PubDate date) {
      this.date = date;
      return this;
    }

    public Builder source(String source) {
      this.source = source;
      return this;
    }

    public Builder url(String url) {
      this.url = url;
      return this;
    }

    public Builder language(String language) {
      this.language = language;
      return this;
    }

    public Builder meta(String key, String value) {
      if (key != null && value != null && !value.isBlank()) {
        metadata.merge(key, value.strip(), (a, b) -> a + "\n" + b);
      }
      return this;
    }

    public Builder provenance(Provenance provenance) {
      this.provenance = provenance;
      return this;
    }

    public String text() {
      return text;
    }

    public String title() {
      return title;
    }

    public Article build() {
      String theId = id != null ? id : TextNormalizer.contentId(title + "\n" + text);
      return new Article(theId, title, text, date, source, url, language, metadata, provenance);
    }
  }
}
