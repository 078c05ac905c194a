package nl.kroniek.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** A file on disk, optionally gzip-compressed (then {@link #open()} gives the uncompressed content). */
final class FileInput implements Input {
  private final Path path;
  private final String name;
  private final String fileName;
  private final boolean gzip;
  private final long size;
  private final ProgressMeter meter;

  FileInput(Path path, String name, boolean gzip, long size, ProgressMeter meter) {
    this.path = path;
    this.name = name;
    this.gzip = gzip;
    this.size = size;
    this.meter = meter;
    String last = path.getFileName() == null ? name : path.getFileName().toString();
    this.fileName = gzip ? Inputs.stripGz(last) : last;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String fileName() {
    return fileName;
  }

  @Override
  public InputStream open() throws IOException {
    InputStream raw = Files.newInputStream(path);
    if (meter != null) {
      raw = new CountingInputStream(raw, meter::advanceTo, 1.0);
    }
    return Inputs.gunzipIf(gzip, raw);
  }

  @Override
  public long size() {
    return size;
  }

  @Override
  public String toString() {
    return name;
  }
}
