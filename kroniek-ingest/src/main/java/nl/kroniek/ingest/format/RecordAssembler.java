package nl.kroniek.ingest.format;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.kroniek.ingest.FieldMapping;
import nl.kroniek.ingest.FieldMapping.Field;
import nl.kroniek.model.Article;
import nl.kroniek.model.PubDate;
import nl.kroniek.model.Provenance;

/**
 * Builds an article from the named values of a structured record (a JSON object, a CSV row): mapped fields
 * become title, text, date...; every other non-blank value goes to metadata under its own name.
 */
final class RecordAssembler {

  /** Metadata key for a date value that could not be read (the article is kept, its date unknown). */
  static final String META_DATE_RAW = "date.raw";

  /** A named value of a record. */
  record Value(String name, String value) {}

  private final FieldMapping mapping;

  RecordAssembler(FieldMapping mapping) {
    this.mapping = mapping;
  }

  /**
   * Which value holds which field: for each {@link Field}, the index in {@code names} of the first name
   * (configured, then aliases) present, case-insensitively, or -1.
   */
  Map<Field, Integer> resolve(List<String> names) {
    Map<Field, Integer> roles = new EnumMap<>(Field.class);
    for (Field field : Field.values()) {
      int found = -1;
      for (String wanted : mapping.namesFor(field)) {
        for (int i = 0; i < names.size() && found < 0; i++) {
          if (names.get(i) != null && names.get(i).strip().equalsIgnoreCase(wanted)) {
            found = i;
          }
        }
        if (found >= 0) {
          break;
        }
      }
      roles.put(field, found);
    }
    return roles;
  }

  /** True when the names hold a text or a title field. */
  boolean hasTextOrTitle(Map<Field, Integer> roles) {
    return roles.get(Field.TEXT) >= 0 || roles.get(Field.TITLE) >= 0;
  }

  /** "text, body, content, title, headline": what was looked for, for messages. */
  String textOrTitleNames() {
    List<String> names = new ArrayList<>(mapping.namesFor(Field.TEXT));
    names.addAll(mapping.namesFor(Field.TITLE));
    return String.join(", ", names);
  }

  /**
   * Builds the article.
   *
   * @param values the record's values in input order; null values are absent
   * @param roles from {@link #resolve} over the values' names
   * @param windows1252 true when (part of) the record was decoded as windows-1252
   * @throws ContentException when the record has neither text nor title
   */
  Article assemble(List<Value> values, Map<Field, Integer> roles, Provenance provenance, String encoding)
      throws ContentException {
    String text = valueOf(values, roles, Field.TEXT);
    String title = valueOf(values, roles, Field.TITLE);
    Article.Builder article = Article.builder().provenance(provenance);
    boolean sanitized = false;
    for (Value v : values) {
      sanitized |= v.value() != null && TextDecoder.hasStrayControls(v.value());
    }
    article.id(clean(valueOf(values, roles, Field.ID)));
    article.title(Paragraphs.collapse(clean(title)));
    List<String> lines = Paragraphs.lines(clean(text));
    List<String> body = CreditLines.strip(lines, credit -> article.meta(Article.META_CREDIT, credit));
    article.text(Paragraphs.join(Paragraphs.fromFieldLines(body)));
    if (article.text().isEmpty() && article.title().isEmpty()) {
      throw new ContentException("no text and no title (looked for " + textOrTitleNames() + ")");
    }
    String date = clean(valueOf(values, roles, Field.DATE));
    try {
      article.date(DateValues.parse(date));
    } catch (IllegalArgumentException e) {
      article.date(PubDate.UNKNOWN).meta(META_DATE_RAW, date);
    }
    article.source(Paragraphs.collapse(clean(valueOf(values, roles, Field.SOURCE))));
    article.url(clean(valueOf(values, roles, Field.URL)));
    for (int i = 0; i < values.size(); i++) {
      if (!roles.containsValue(i) && values.get(i).value() != null && values.get(i).name() != null
          && !values.get(i).name().isBlank()) {
        article.meta(values.get(i).name().strip(), clean(values.get(i).value()));
      }
    }
    if (!encoding.equals("UTF-8")) {
      article.meta(TextDecoder.META_ENCODING, encoding);
    }
    if (sanitized) {
      article.meta(TextDecoder.META_SANITIZED, TextDecoder.SANITIZED_CONTROL);
    }
    return article.build();
  }

  private static String valueOf(List<Value> values, Map<Field, Integer> roles, Field field) {
    int i = roles.get(field);
    return i >= 0 && i < values.size() ? values.get(i).value() : null;
  }

  private static String clean(String s) {
    return s == null ? "" : TextDecoder.stripControls(s);
  }
}
