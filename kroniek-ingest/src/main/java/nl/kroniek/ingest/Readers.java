package nl.kroniek.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import nl.kroniek.ingest.format.CsvReader;
import nl.kroniek.ingest.format.HtmlReader;
import nl.kroniek.ingest.format.JsonLinesReader;
import nl.kroniek.ingest.format.PlainTextReader;
import nl.kroniek.ingest.format.SeedReader;

/**
 * Chooses the reader for an input: the forced format of {@link ReadOptions#format()} if set, else by file
 * name ({@code .txt} is a seed file when it starts with the {@code date YYYY-MM} header, plain text
 * otherwise; {@code .jsonl .ndjson .json}; {@code .csv}; {@code .tsv .tab}; {@code .html .htm .xhtml}),
 * else by the first non-blank character of the content ({@code <} HTML, {@code {} JSON Lines, else text).
 */
public final class Readers {

  /** The format names, as used by {@code --format} and in provenance. */
  public static final List<String> FORMATS = List.of("seed", "txt", "jsonl", "csv", "tsv", "html");

  private static final int SNIFF_BYTES = 1024;

  private final ReadOptions options;
  private final Map<String, ArticleReader> readers = new LinkedHashMap<>();

  public Readers(ReadOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    readers.put("seed", new SeedReader(options));
    readers.put("txt", new PlainTextReader(options));
    readers.put("jsonl", new JsonLinesReader(options));
    readers.put("csv", CsvReader.csv(options));
    readers.put("tsv", CsvReader.tsv(options));
    readers.put("html", new HtmlReader(options));
  }

  /**
   * The reader for a format name.
   *
   * @throws IllegalArgumentException for a name not in {@link #FORMATS}
   */
  public ArticleReader reader(String format) {
    ArticleReader reader = readers.get(Objects.requireNonNull(format, "format").toLowerCase(Locale.ROOT));
    if (reader == null) {
      throw new IllegalArgumentException("unknown format '" + format + "' (known: " + String.join(", ", FORMATS)
          + ")");
    }
    return reader;
  }

  /**
   * The reader for an input. May open the input to look at its first bytes.
   *
   * @throws IOException when the input has to be looked at and cannot be opened
   */
  public ArticleReader forInput(Input input) throws IOException {
    Objects.requireNonNull(input, "input");
    if (options.format() != null) {
      return reader(options.format());
    }
    String byName = formatForName(input.fileName());
    if (byName != null && !byName.equals("txt")) {
      return reader(byName);
    }
    String head = head(input);
    if (SeedReader.startsWithDateHeader(head)) {
      return reader("seed");
    }
    if (byName != null) {
      return reader(byName);
    }
    return reader(sniff(head));
  }

  /** The format a file name implies, or null when the extension says nothing. */
  static String formatForName(String fileName) {
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1);
    return switch (ext) {
      case "txt" -> "txt";
      case "jsonl", "ndjson", "json" -> "jsonl";
      case "csv" -> "csv";
      case "tsv", "tab" -> "tsv";
      case "html", "htm", "xhtml" -> "html";
      default -> null;
    };
  }

  private static String sniff(String head) {
    String s = head.stripLeading();
    if (s.startsWith("<")) {
      return "html";
    }
    if (s.startsWith("{")) {
      return "jsonl";
    }
    return "txt";
  }

  /** The first bytes as text, BOM removed; good enough to look at, not to read. */
  private static String head(Input input) throws IOException {
    byte[] bytes;
    try (InputStream in = input.open()) {
      bytes = in.readNBytes(SNIFF_BYTES);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    }
    String s = new String(bytes, StandardCharsets.UTF_8);
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }
}
