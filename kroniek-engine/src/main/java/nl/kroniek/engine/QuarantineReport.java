package nl.kroniek.engine;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import nl.kroniek.ingest.Rejection;

/**
 * The quarantine report of one ingest: one JSON object per rejected record,
 * {@code {"file","line","record","reason"}}. Created on the first rejection only, flushed per line so
 * that a killed ingest leaves a complete report of what it rejected so far.
 */
final class QuarantineReport implements Closeable {

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
      .withZone(ZoneOffset.UTC);
  private static final JsonFactory JSON = new JsonFactory();

  private final Path file;
  private OutputStream out;
  private long count;

  QuarantineReport(Path dir, Instant started) {
    this.file = dir.resolve("ingest-" + STAMP.format(started) + ".jsonl");
  }

  synchronized void add(Rejection r) throws IOException {
    if (out == null) {
      Files.createDirectories(file.getParent());
      out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
    try (JsonGenerator g = JSON.createGenerator(new NonClosing(out), JsonEncoding.UTF8)) {
      g.writeStartObject();
      g.writeStringField("file", r.file());
      g.writeNumberField("line", r.line());
      g.writeNumberField("record", r.record());
      g.writeStringField("reason", r.reason());
      g.writeEndObject();
    }
    out.write('\n');
    out.flush();
    count++;
  }

  /** The report file, or null when nothing was rejected. */
  synchronized Path file() {
    return count > 0 ? file : null;
  }

  synchronized long count() {
    return count;
  }

  @Override
  public synchronized void close() throws IOException {
    if (out != null) {
      out.close();
    }
  }

  /** Lets the generator flush into the shared stream without closing it. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
