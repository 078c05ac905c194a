package nl.kroniek.model;

/**
 * Where a record came from, so that every article and every error can be traced to its place in the input.
 *
 * @param file the input as the user named it, with container entries after {@code !/}
 *     ({@code archive.zip!/2017/a.txt}, {@code feed.jsonl.gz})
 * @param line 1-based line where the record starts, or 0 when lines do not apply (HTML, whole-file text)
 * @param record 1-based record number within the file (the n-th JSON line, CSV row, ...), or 0
 * @param format the reader that produced it ({@code seed}, {@code txt}, {@code jsonl}, {@code csv}, {@code html})
 */
public record Provenance(String file, long line, long record, String format) {

  public Provenance {
    if (file == null || file.isEmpty()) {
      throw new IllegalArgumentException("provenance needs a file");
    }
    if (line < 0 || record < 0) {
      throw new IllegalArgumentException("line and record must be >= 0");
    }
  }

  /** "file:line" or "file#record" or "file", as used in messages. */
  public String position() {
    if (line > 0) {
      return file + ":" + line;
    }
    if (record > 0) {
      return file + "#" + record;
    }
    return file;
  }
}
