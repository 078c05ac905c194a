package nl.kroniek.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Expands the paths a user names into {@link Input}s, in a deterministic order:
 *
 * <ul>
 *   <li>a directory: its contents recursively, each directory's entries sorted by name, hidden files and
 *       directories (name starting with {@code .}) skipped, symbolic links to directories not followed;
 *   <li>{@code a.jsonl.gz}: one input named {@code a.jsonl.gz} whose {@link Input#fileName()} is
 *       {@code a.jsonl};
 *   <li>{@code a.zip}: one input per file entry, sorted by entry name, named {@code a.zip!/dir/x.txt}
 *       ({@code .gz} entries are decompressed; nested zip archives are rejected);
 *   <li>any other file: one input.
 * </ul>
 *
 * A missing path, an unreadable directory or a corrupt archive becomes a {@link Rejection} (record 0);
 * the walk always goes on.
 */
public final class Inputs {

  private Inputs() {}

  /**
   * Visits every input under the paths, in order.
   *
   * @param visitor called once per input; zip entries can be opened only during this call
   * @param problems receives paths and archives that cannot be expanded
   * @param bytesRead receives progress in stored bytes (see {@link ProgressListener#advance}); may be null
   */
  public static void walk(List<Path> paths, Consumer<Input> visitor, Consumer<Rejection> problems,
      LongConsumer bytesRead) {
    Objects.requireNonNull(paths, "paths");
    Objects.requireNonNull(visitor, "visitor");
    Objects.requireNonNull(problems, "problems");
    LongConsumer progress = bytesRead == null ? n -> {} : bytesRead;
    forEachFile(paths, (file, size) -> {
      ProgressMeter meter = new ProgressMeter(progress, size);
      try {
        expandFile(file, size, meter, visitor, problems);
      } finally {
        meter.finish();
      }
    }, problems);
  }

  /** As {@link #walk(List, Consumer, Consumer, LongConsumer)} without progress. */
  public static void walk(List<Path> paths, Consumer<Input> visitor, Consumer<Rejection> problems) {
    walk(paths, visitor, problems, null);
  }

  /** The sum of the sizes of the files {@link #walk} would read (archives with their stored size). */
  public static long totalBytes(List<Path> paths) {
    long[] total = {0};
    forEachFile(Objects.requireNonNull(paths, "paths"), (file, size) -> total[0] += size, r -> {});
    return total[0];
  }

  /** One file as an input, named by its path; a {@code .gz} file is decompressed. */
  public static Input of(Path file) {
    Objects.requireNonNull(file, "file");
    boolean gz = file.toString().toLowerCase(Locale.ROOT).endsWith(".gz");
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      size = -1;
    }
    return new FileInput(file, file.toString(), gz, size, null);
  }

  /** Content held in memory as an input; {@code name} decides the format like a file name would. */
  public static Input of(String name, byte[] content) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("an input needs a name");
    }
    return new BytesInput(name, Objects.requireNonNull(content, "content"));
  }

  /** The stream itself, or a gunzipping stream over it; the raw stream is closed when the gzip header is bad. */
  static InputStream gunzipIf(boolean gzip, InputStream raw) throws IOException {
    if (!gzip) {
      return raw;
    }
    try {
      return new GZIPInputStream(raw, 1 << 16);
    } catch (IOException | RuntimeException e) {
      raw.close();
      throw e;
    }
  }

  static String stripGz(String fileName) {
    return fileName.toLowerCase(Locale.ROOT).endsWith(".gz") ? fileName.substring(0, fileName.length() - 3)
        : fileName;
  }

  // ---------------------------------------------------------------------------------------------------

  private interface FileVisitor {
    void file(Path file, long size);
  }

  private static void forEachFile(List<Path> paths, FileVisitor visitor, Consumer<Rejection> problems) {
    for (Path path : paths) {
      visit(Objects.requireNonNull(path, "path"), true, visitor, problems);
    }
  }

  private static void visit(Path path, boolean named, FileVisitor visitor, Consumer<Rejection> problems) {
    // Paths the user named are followed even when they are links; inside a tree, links to directories
    // are not (a link to a parent would loop).
    LinkOption[] links = named ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
    if (Files.isDirectory(path, links)) {
      for (Path child : children(path, problems)) {
        visit(child, false, visitor, problems);
      }
    } else if (Files.isRegularFile(path)) {
      long size;
      try {
        size = Files.size(path);
      } catch (IOException e) {
        problems.accept(new Rejection(path.toString(), 0, 0, describe(e)));
        return;
      }
      visitor.file(path, size);
    } else if (!Files.exists(path)) {
      problems.accept(new Rejection(path.toString(), 0, 0, "no such file or directory"));
    } else if (named) {
      problems.accept(new Rejection(path.toString(), 0, 0, "not a regular file or directory"));
    }
  }

  private static List<Path> children(Path dir, Consumer<Rejection> problems) {
    List<Path> children = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      for (Path child : stream) {
        if (!isHidden(child.getFileName().toString())) {
          children.add(child);
        }
      }
    } catch (IOException e) {
      problems.accept(new Rejection(dir.toString(), 0, 0, "cannot list directory: " + describe(e)));
      return List.of();
    }
    children.sort(Comparator.comparing(p -> p.getFileName().toString()));
    return children;
  }

  private static boolean isHidden(String name) {
    return name.startsWith(".");
  }

  private static void expandFile(Path file, long size, ProgressMeter meter, Consumer<Input> visitor,
      Consumer<Rejection> problems) {
    String name = file.toString();
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".tar") || lower.endsWith(".tar.gz") || lower.endsWith(".tgz")) {
      problems.accept(new Rejection(name, 0, 0, "tar archives are not read: unpack it first"));
    } else if (lower.endsWith(".zip")) {
      expandZip(file, name, meter, visitor, problems);
    } else if (lower.endsWith(".gz")) {
      String problem = gzipProblem(file);
      if (problem != null) {
        problems.accept(new Rejection(name, 0, 0, problem));
      } else {
        visitor.accept(new FileInput(file, name, true, size, meter));
      }
    } else {
      visitor.accept(new FileInput(file, name, false, size, meter));
    }
  }

  private static String gzipProblem(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] magic = in.readNBytes(2);
      boolean ok = magic.length == 2 && (magic[0] & 0xFF) == 0x1F && (magic[1] & 0xFF) == 0x8B;
      return ok ? null : "not a gzip file (corrupt or misnamed)";
    } catch (IOException e) {
      return describe(e);
    }
  }

  private static void expandZip(Path file, String name, ProgressMeter meter, Consumer<Input> visitor,
      Consumer<Rejection> problems) {
    try (ZipFile zip = openZip(file)) {
      List<ZipEntry> entries = new ArrayList<>();
      zip.stream().filter(e -> !e.isDirectory() && !hiddenEntry(e.getName())).forEach(entries::add);
      entries.sort(Comparator.comparing(ZipEntry::getName));
      long done = 0;
      for (ZipEntry entry : entries) {
        long start = done;
        long compressed = Math.max(0, entry.getCompressedSize());
        if (entry.getName().toLowerCase(Locale.ROOT).endsWith(".zip")) {
          problems.accept(new Rejection(name + "!/" + entry.getName(), 0, 0,
              "nested zip archives are not read: unpack it first"));
        } else {
          visitor.accept(new ZipEntryInput(zip, entry, name,
              pos -> meter.advanceTo(start + Math.min(pos, compressed))));
        }
        done += compressed;
        meter.advanceTo(done);
      }
    } catch (IOException | IllegalArgumentException e) {
      problems.accept(new Rejection(name, 0, 0, "not a readable zip archive: " + describe(e)));
    }
  }

  /** Opens a zip with UTF-8 entry names, falling back to the old DOS code page that Windows tools write. */
  private static ZipFile openZip(Path file) throws IOException {
    try {
      return new ZipFile(file.toFile(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (ZipException | IllegalArgumentException e) {
      try {
        return new ZipFile(file.toFile(), Charset.forName("IBM437"));
      } catch (IOException | IllegalArgumentException second) {
        e.addSuppressed(second);
        throw e;
      }
    }
  }

  private static boolean hiddenEntry(String entryName) {
    for (String part : entryName.split("/")) {
      if (isHidden(part) || part.equals("__MACOSX")) {
        return true;
      }
    }
    return false;
  }

  /** A short, human reason for an I/O failure. */
  static String describe(Exception e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.io.EOFException) {
      return "unexpected end of data (truncated file?)";
    }
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }
}
