package nl.kroniek.ingest;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Which field (JSON Lines) or column (CSV/TSV) holds which part of an article. Names match
 * case-insensitively. A field left at its default name is also looked up under common aliases
 * ({@code body}, {@code headline}, {@code publisher}...), so the CSV files that AmCAT users upload
 * ({@code title,text,date,publisher}) read without configuration; a field set explicitly is looked up
 * under that name only. A blank name means: do not read this field.
 *
 * @param id the source's article id (when absent, a content id is computed)
 * @param title the headline
 * @param text the body
 * @param date the publication date (ISO date or timestamp, epoch seconds or milliseconds, ...)
 * @param source the outlet
 * @param url the article's address
 */
public record FieldMapping(String id, String title, String text, String date, String source, String url) {

  /** The article parts a record can map. */
  public enum Field { ID, TITLE, TEXT, DATE, SOURCE, URL }

  /** {@code id, title, text, published_at, source, url}: the shape of the developer news data. */
  public static final FieldMapping DEFAULT =
      new FieldMapping("id", "title", "text", "published_at", "source", "url");

  private static final Map<Field, List<String>> ALIASES = new EnumMap<>(Map.of(
      Field.ID, List.of(),
      Field.TITLE, List.of("headline"),
      Field.TEXT, List.of("body", "content"),
      Field.DATE, List.of("date", "published", "publication_date"),
      Field.SOURCE, List.of("medium", "outlet", "publisher"),
      Field.URL, List.of("link")));

  public FieldMapping {
    id = clean(id);
    title = clean(title);
    text = clean(text);
    date = clean(date);
    source = clean(source);
    url = clean(url);
  }

  private static String clean(String name) {
    return name == null ? "" : name.strip();
  }

  /** The configured name of a field ("" when the field is not read). */
  public String name(Field field) {
    return switch (Objects.requireNonNull(field, "field")) {
      case ID -> id;
      case TITLE -> title;
      case TEXT -> text;
      case DATE -> date;
      case SOURCE -> source;
      case URL -> url;
    };
  }

  /** Names to look for, in order: the configured name, then the aliases if the name is the default one. */
  public List<String> namesFor(Field field) {
    String name = name(field);
    if (name.isEmpty()) {
      return List.of();
    }
    if (!name.equalsIgnoreCase(DEFAULT.name(field))) {
      return List.of(name);
    }
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(name), ALIASES.get(field).stream()).toList();
  }

  /** A copy with one field mapped to another name. */
  public FieldMapping with(Field field, String name) {
    Objects.requireNonNull(field, "field");
    return new FieldMapping(
        field == Field.ID ? name : id,
        field == Field.TITLE ? name : title,
        field == Field.TEXT ? name : text,
        field == Field.DATE ? name : date,
        field == Field.SOURCE ? name : source,
        field == Field.URL ? name : url);
  }

  /**
   * Parses {@code "text=body,date=pubdate"} (as given on a command line) on top of {@link #DEFAULT}.
   *
   * @throws IllegalArgumentException for an unknown field or a part without {@code =}
   */
  public static FieldMapping parse(String spec) {
    FieldMapping mapping = DEFAULT;
    if (spec == null || spec.isBlank()) {
      return mapping;
    }
    for (String part : spec.split(",")) {
      int eq = part.indexOf('=');
      if (eq < 0) {
        throw new IllegalArgumentException("field mapping needs field=name, got '" + part.strip() + "'");
      }
      String field = part.substring(0, eq).strip().toUpperCase(Locale.ROOT);
      try {
        mapping = mapping.with(Field.valueOf(field), part.substring(eq + 1));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown field '" + part.substring(0, eq).strip()
            + "' (known: id, title, text, date, source, url)", e);
      }
    }
    return mapping;
  }
}
