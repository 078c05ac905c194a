package nl.kroniek.ingest;

import java.util.Objects;

/**
 * A record (or a whole input) that could not be read. Goes to the quarantine report; never stops a batch.
 *
 * @param file the input's {@link Input#name()}
 * @param line 1-based line where the bad record starts, or 0 when lines do not apply
 * @param record 1-based record number within the input, or 0 when the whole input is bad
 * @param reason what is wrong, for a person: {@code "invalid JSON: unexpected end of input"}
 */
public record Rejection(String file, long line, long record, String reason) {
  public Rejection {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(reason, "reason");
  }

  /** "file:line: reason" (or "file#record: reason", or "file: reason"). */
  @Override
  public String toString() {
    String where = line > 0 ? file + ":" + line : record > 0 ? file + "#" + record : file;
    return where + ": " + reason;
  }
}
