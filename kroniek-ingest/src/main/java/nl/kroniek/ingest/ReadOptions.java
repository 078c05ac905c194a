package nl.kroniek.ingest;

import java.util.Locale;

/**
 * How inputs are read.
 *
 * @param format force this reader for every input ({@code seed, txt, jsonl, csv, tsv, html}), or null to
 *     choose per input by file name and content (see {@link Readers})
 * @param fields field and column names for JSON Lines and CSV/TSV
 * @param maxRecordBytes the largest record accepted, in stored bytes: a whole text or HTML file, one JSON
 *     line, one CSV record (counted in characters there). Larger records are rejected, not truncated.
 */
public record ReadOptions(String format, FieldMapping fields, int maxRecordBytes) {

  /** 64 MiB: far above any real article (a 20 MB article is read whole), low enough to keep memory bounded. */
  public static final int DEFAULT_MAX_RECORD_BYTES = 64 << 20;

  public static final ReadOptions DEFAULT = new ReadOptions(null, FieldMapping.DEFAULT, DEFAULT_MAX_RECORD_BYTES);

  public ReadOptions {
    if (format != null) {
      format = format.strip().toLowerCase(Locale.ROOT);
      if (format.isEmpty() || format.equals("auto")) {
        format = null;
      } else if (!Readers.FORMATS.contains(format)) {
        throw new IllegalArgumentException("unknown format '" + format + "' (known: "
            + String.join(", ", Readers.FORMATS) + ")");
      }
    }
    fields = fields == null ? FieldMapping.DEFAULT : fields;
    if (maxRecordBytes < 1) {
      throw new IllegalArgumentException("maxRecordBytes must be positive, got " + maxRecordBytes);
    }
  }

  public ReadOptions withFormat(String format) {
    return new ReadOptions(format, fields, maxRecordBytes);
  }

  public ReadOptions withFields(FieldMapping fields) {
    return new ReadOptions(format, fields, maxRecordBytes);
  }

  public ReadOptions withMaxRecordBytes(int maxRecordBytes) {
    return new ReadOptions(format, fields, maxRecordBytes);
  }
}
