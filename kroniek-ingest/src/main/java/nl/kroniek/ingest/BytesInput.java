package nl.kroniek.ingest;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

/** Content held in memory (tests, text pasted into an API call). */
final class BytesInput implements Input {
  private final String name;
  private final byte[] content;

  BytesInput(String name, byte[] content) {
    this.name = name;
    this.content = content;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String fileName() {
    String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    return last;
  }

  @Override
  public InputStream open() {
    return new ByteArrayInputStream(content);
  }

  @Override
  public long size() {
    return content.length;
  }

  @Override
  public String toString() {
    return name;
  }
}
