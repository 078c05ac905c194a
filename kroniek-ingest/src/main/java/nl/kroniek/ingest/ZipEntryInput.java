package nl.kroniek.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * One entry of an open zip archive; valid while {@link Inputs#walk} visits it. A {@code .gz} entry is
 * decompressed as well.
 */
final class ZipEntryInput implements Input {
  private final ZipFile zip;
  private final ZipEntry entry;
  private final String name;
  private final String fileName;
  private final boolean gzip;
  private final LongConsumer position; // in compressed bytes within this entry, may be null

  ZipEntryInput(ZipFile zip, ZipEntry entry, String archiveName, LongConsumer position) {
    this.zip = zip;
    this.entry = entry;
    this.name = archiveName + "!/" + entry.getName();
    String last = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
    this.gzip = last.toLowerCase(java.util.Locale.ROOT).endsWith(".gz");
    this.fileName = gzip ? Inputs.stripGz(last) : last;
    this.position = position;
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
    InputStream in = zip.getInputStream(entry);
    if (in == null) {
      throw new IOException("zip entry disappeared: " + entry.getName());
    }
    if (position != null) {
      // ZipFile inflates internally, so count inflated bytes and scale them to the compressed size.
      double scale = entry.getSize() > 0 ? (double) entry.getCompressedSize() / entry.getSize() : 0.0;
      in = new CountingInputStream(in, position, scale);
    }
    return Inputs.gunzipIf(gzip, in);
  }

  @Override
  public long size() {
    return entry.getCompressedSize();
  }

  @Override
  public String toString() {
    return name;
  }
}
