package nl.kroniek.ingest.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.kroniek.ingest.ArticleReader;
import nl.kroniek.ingest.FieldMapping.Field;
import nl.kroniek.ingest.Input;
import nl.kroniek.ingest.ReadOptions;
import nl.kroniek.ingest.RecordSink;
import nl.kroniek.ingest.Rejection;
import nl.kroniek.model.Article;
import nl.kroniek.model.Provenance;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV ({@code csv}) and tab-separated ({@code tsv}) files with a header row, parsed with commons-csv (RFC
 * 4180 quoting: {@code "..."}, {@code ""} for a quote). Columns are mapped with {@link ReadOptions#fields()}
 * and its aliases, case-insensitively; other columns go to metadata under their header name. For
 * {@code .csv} the delimiter is sniffed from the header line: the most frequent of comma, semicolon and tab
 * outside quotes (comma on a tie).
 *
 * <p>Broken input costs only the broken record. A record whose quote is never closed would make the parser
 * read to the end of the file; instead that record is rejected at its start line and parsing resumes on
 * the next line with the same header (the input is opened again and the lines before are skipped). A
 * record with more or fewer fields than the header is rejected with its line.
 */
public final class CsvReader implements ArticleReader {

  private final String format;
  private final boolean tabs;
  private final RecordAssembler assembler;
  private final int maxRecordBytes;

  private CsvReader(String format, boolean tabs, ReadOptions options) {
    Objects.requireNonNull(options, "options");
    this.format = format;
    this.tabs = tabs;
    this.assembler = new RecordAssembler(options.fields());
    this.maxRecordBytes = options.maxRecordBytes();
  }

  /** Comma- or semicolon-separated ({@code csv}), delimiter sniffed from the header. */
  public static CsvReader csv(ReadOptions options) {
    return new CsvReader("csv", false, options);
  }

  /** Tab-separated ({@code tsv}). */
  public static CsvReader tsv(ReadOptions options) {
    return new CsvReader("tsv", true, options);
  }

  @Override
  public String format() {
    return format;
  }

  @Override
  public void read(Input input, RecordSink sink) throws IOException {
    LineSource lines;
    try {
      lines = LineSource.open(input.open(), maxRecordBytes);
    } catch (ContentException e) {
      sink.reject(new Rejection(input.name(), 0, 0, e.getMessage()));
      return;
    }
    try {
      LineSource.Line headerLine = lines.next();
      while (headerLine != null && !headerLine.tooLong() && Paragraphs.isBlank(headerLine.text())) {
        headerLine = lines.next();
      }
      if (headerLine == null) {
        sink.reject(new Rejection(input.name(), 0, 0, "empty input"));
        return;
      }
      if (headerLine.tooLong()) {
        sink.reject(new Rejection(input.name(), headerLine.number(), 0, "header line too long"));
        return;
      }
      char delimiter = tabs ? '\t' : sniffDelimiter(headerLine.text());
      CSVFormat csv = CSVFormat.RFC4180.builder()
          .setDelimiter(delimiter)
          .setIgnoreEmptyLines(false) // keeps line numbers exact; blank rows are skipped below
          .get();
      List<String> header;
      try {
        header = parseHeader(headerLine.text(), csv);
      } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
        sink.reject(new Rejection(input.name(), headerLine.number(), 0, "cannot read the header line: "
            + message(e)));
        return;
      }
      Map<Field, Integer> roles = assembler.resolve(header);
      if (!assembler.hasTextOrTitle(roles)) {
        sink.reject(new Rejection(input.name(), headerLine.number(), 0,
            "no text or title column in the header (looked for " + assembler.textOrTitleNames() + ")"));
        return;
      }
      Batch batch = new Batch(input, sink, csv, header, roles, lines.encoding());
      long resumeAfter = parse(batch, lines, headerLine.number());
      while (resumeAfter > 0) {
        lines.close();
        LineSource reopened = reopen(input, resumeAfter);
        if (reopened == null) {
          break;
        }
        lines = reopened;
        resumeAfter = parse(batch, lines, resumeAfter);
      }
      if (batch.record == 0) {
        sink.reject(new Rejection(input.name(), headerLine.number(), 0, "no records after the header"));
      }
    } finally {
      lines.close();
    }
  }

  /** Opens the input again, positioned after line {@code after}; null when the file has no more lines. */
  private LineSource reopen(Input input, long after) throws IOException {
    LineSource lines;
    try {
      lines = LineSource.open(input.open(), maxRecordBytes);
    } catch (ContentException e) {
      throw new IOException("input changed while it was read: " + e.getMessage(), e);
    }
    if (lines.skip(after) < after) {
      lines.close();
      return null;
    }
    return lines;
  }

  /** What stays the same across the parsers of one input. */
  private static final class Batch {
    final Input input;
    final RecordSink sink;
    final CSVFormat csv;
    final List<String> header;
    final Map<Field, Integer> roles;
    final String encoding;
    long record;

    Batch(Input input, RecordSink sink, CSVFormat csv, List<String> header, Map<Field, Integer> roles,
        String encoding) {
      this.input = input;
      this.sink = sink;
      this.csv = csv;
      this.header = header;
      this.roles = roles;
      this.encoding = encoding;
    }

    void reject(long line, String reason) {
      sink.reject(new Rejection(input.name(), line, record, reason));
    }
  }

  /**
   * Parses records from the source, whose next line is {@code offset + 1}.
   *
   * @return 0 at the end of the input, else the line after which parsing must resume
   */
  private long parse(Batch batch, LineSource lines, long offset) throws IOException {
    LineSourceReader reader = new LineSourceReader(lines, null, maxRecordBytes);
    CSVParser parser = CSVParser.builder().setReader(reader).setFormat(batch.csv).get();
    Iterator<CSVRecord> records = parser.iterator();
    while (true) {
      long start = offset + parser.getCurrentLineNumber() + 1;
      reader.markRecordStart();
      CSVRecord row;
      try {
        if (!records.hasNext()) {
          if (reader.stop() == LineSourceReader.Stop.LINE_TOO_LONG) {
            batch.record++;
            batch.reject(reader.stopLine(), "line too long: over " + TextDecoder.size(maxRecordBytes)
                + " (the limit per record)");
            return reader.stopLine();
          }
          return 0;
        }
        row = records.next();
      } catch (UncheckedIOException | IllegalStateException e) {
        if (reader.failure() != null) {
          throw reader.failure(); // the input itself failed (truncated gzip...), not the CSV in it
        }
        batch.record++;
        batch.reject(start, brokenRecord(e, reader));
        return start;
      }
      List<String> values = row.toList();
      if (values.size() <= 1 && (values.isEmpty() || Paragraphs.isBlank(values.get(0)))) {
        continue; // a blank line
      }
      batch.record++;
      if (values.size() != batch.header.size()) {
        batch.reject(start, values.size() + " fields, but the header has " + batch.header.size());
        continue;
      }
      long end = offset + parser.getCurrentLineNumber();
      String encoding = reader.windows1252(start, end) ? TextDecoder.WINDOWS_1252.name() : batch.encoding;
      List<RecordAssembler.Value> named = new ArrayList<>(values.size());
      for (int i = 0; i < values.size(); i++) {
        named.add(new RecordAssembler.Value(batch.header.get(i), values.get(i)));
      }
      Article article;
      try {
        article = assembler.assemble(named, batch.roles,
            new Provenance(batch.input.name(), start, batch.record, format), encoding);
      } catch (ContentException e) {
        batch.reject(start, e.getMessage());
        continue;
      }
      batch.sink.accept(article);
    }
  }

  private String brokenRecord(RuntimeException e, LineSourceReader reader) {
    return switch (reader.stop()) {
      case RECORD_TOO_LARGE -> "record too large: over " + TextDecoder.size(maxRecordBytes)
          + " (an unclosed quote?)";
      case LINE_TOO_LONG -> "record too large: line " + reader.stopLine() + " is over "
          + TextDecoder.size(maxRecordBytes);
      case NONE -> "broken quoting: " + message(e);
    };
  }

  private static List<String> parseHeader(String line, CSVFormat csv) throws IOException {
    try (CSVParser parser = CSVParser.builder().setReader(new java.io.StringReader(line)).setFormat(csv).get()) {
      Iterator<CSVRecord> it = parser.iterator();
      if (!it.hasNext()) {
        throw new IOException("no columns");
      }
      return it.next().toList().stream().map(String::strip).toList();
    }
  }

  /** Counts comma, semicolon and tab outside double quotes; the most frequent wins, comma on a tie. */
  static char sniffDelimiter(String headerLine) {
    int commas = 0;
    int semicolons = 0;
    int tabCount = 0;
    boolean quoted = false;
    for (int i = 0; i < headerLine.length(); i++) {
      char c = headerLine.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted) {
        if (c == ',') {
          commas++;
        } else if (c == ';') {
          semicolons++;
        } else if (c == '\t') {
          tabCount++;
        }
      }
    }
    if (semicolons > commas && semicolons >= tabCount) {
      return ';';
    }
    return tabCount > commas ? '\t' : ',';
  }

  /** commons-csv's message in plain words, without its own (relative) position. */
  private static String message(Exception e) {
    Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
    String m = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    if (m.contains("EOF reached before encapsulated token finished")) {
      return "a quoted field is never closed";
    }
    if (m.contains("Invalid character between encapsulated token and delimiter")) {
      return "text after the closing quote of a field";
    }
    int at = m.indexOf(" at line:");
    m = at > 0 ? m.substring(0, at) : m;
    at = m.indexOf("(line ");
    return at > 0 ? m.substring(0, at).strip() : m;
  }
}
