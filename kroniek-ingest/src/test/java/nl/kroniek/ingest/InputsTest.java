package nl.kroniek.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {

  @TempDir
  Path dir;

  private Path write(String relative, String content) throws IOException {
    Path p = dir.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content);
    return p;
  }

  private record Walked(List<Input> inputs, List<String> contents, List<Rejection> problems) {}

  private static Walked walk(List<Path> paths) {
    List<Input> inputs = new ArrayList<>();
    List<String> contents = new ArrayList<>();
    List<Rejection> problems = new ArrayList<>();
    Inputs.walk(paths, input -> {
      inputs.add(input);
      try (InputStream in = input.open()) {
        contents.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        contents.add("ERROR " + e.getMessage());
      }
    }, problems::add);
    return new Walked(inputs, contents, problems);
  }

  @Test
  void directoriesAreWalkedSortedAndHiddenEntriesSkipped() throws Exception {
    write("b.txt", "b");
    write("a/z.txt", "az");
    write("a/b/c.txt", "abc");
    write("c.txt", "c");
    write(".hidden.txt", "h");
    write(".git/x.txt", "g");
    Walked w = walk(List.of(dir));
    assertThat(w.inputs()).extracting(i -> dir.relativize(Path.of(i.name())).toString())
        .containsExactly("a/b/c.txt", "a/z.txt", "b.txt", "c.txt");
    assertThat(w.contents()).containsExactly("abc", "az", "b", "c");
    assertThat(w.problems()).isEmpty();
  }

  @Test
  void gzipIsOneInputNamedAfterTheFileWithTheInnerFileName() throws Exception {
    Path gz = dir.resolve("feed.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write("{\"text\":\"x\"}\n".getBytes(StandardCharsets.UTF_8));
    }
    Walked w = walk(List.of(gz));
    assertThat(w.inputs()).singleElement().satisfies(i -> {
      assertThat(i.name()).isEqualTo(gz.toString());
      assertThat(i.fileName()).isEqualTo("feed.jsonl");
      assertThat(i.size()).isEqualTo(Files.size(gz));
    });
    assertThat(w.contents()).containsExactly("{\"text\":\"x\"}\n");
  }

  @Test
  void zipEntriesAreInputsNamedWithTheirPathInTheArchive() throws Exception {
    Path zip = dir.resolve("archief.zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      for (String[] entry : new String[][] {{"2017/b.txt", "B"}, {"2017/a.txt", "A"}, {"__MACOSX/._a.txt", "junk"},
          {"inner.zip", "PK"}, {"feed.jsonl.gz", null}}) {
        out.putNextEntry(new ZipEntry(entry[0]));
        if (entry[1] != null) {
          out.write(entry[1].getBytes(StandardCharsets.UTF_8));
        } else {
          var buffer = new java.io.ByteArrayOutputStream();
          try (OutputStream gz = new GZIPOutputStream(buffer)) {
            gz.write("G".getBytes(StandardCharsets.UTF_8));
          }
          out.write(buffer.toByteArray());
        }
        out.closeEntry();
      }
    }
    Walked w = walk(List.of(zip));
    assertThat(w.inputs()).extracting(Input::name).containsExactly(zip + "!/2017/a.txt", zip + "!/2017/b.txt",
        zip + "!/feed.jsonl.gz");
    assertThat(w.inputs()).extracting(Input::fileName).containsExactly("a.txt", "b.txt", "feed.jsonl");
    assertThat(w.contents()).containsExactly("A", "B", "G");
    assertThat(w.problems()).singleElement().satisfies(r -> {
      assertThat(r.file()).isEqualTo(zip + "!/inner.zip");
      assertThat(r.reason()).contains("nested zip");
    });
  }

  @Test
  void corruptArchivesAndMissingPathsAreRejectionsAndTheWalkGoesOn() throws Exception {
    Path badZip = write("kapot.zip", "dit is geen zip");
    Path badGz = write("kapot.jsonl.gz", "ook geen gzip");
    Path good = write("goed.txt", "tekst");
    Path missing = dir.resolve("bestaat-niet.txt");
    Walked w = walk(List.of(badZip, missing, badGz, good));
    assertThat(w.inputs()).extracting(Input::name).containsExactly(good.toString());
    assertThat(w.problems()).extracting(Rejection::file)
        .containsExactly(badZip.toString(), missing.toString(), badGz.toString());
    assertThat(w.problems()).extracting(Rejection::record).containsOnly(0L);
    assertThat(w.problems().get(0).reason()).startsWith("not a readable zip archive");
    assertThat(w.problems().get(1).reason()).isEqualTo("no such file or directory");
    assertThat(w.problems().get(2).reason()).isEqualTo("not a gzip file (corrupt or misnamed)");
  }

  @Test
  void progressAddsUpToTheTotalOfFileSizes() throws Exception {
    write("a.txt", "x".repeat(100_000));
    write("sub/b.txt", "y".repeat(3000));
    Path zip = dir.resolve("c.zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new ZipEntry("c.txt"));
      out.write("z".repeat(50_000).getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    long expected = Files.size(dir.resolve("a.txt")) + Files.size(dir.resolve("sub/b.txt")) + Files.size(zip);
    assertThat(Inputs.totalBytes(List.of(dir))).isEqualTo(expected);
    List<Long> steps = new ArrayList<>();
    long[] seenBeforeZip = {-1};
    Inputs.walk(List.of(dir), input -> {
      try (InputStream in = input.open()) {
        in.readAllBytes();
      } catch (IOException e) {
        throw new AssertionError(e);
      }
      if (input.name().endsWith("a.txt")) {
        seenBeforeZip[0] = steps.stream().mapToLong(Long::longValue).sum();
      }
    }, r -> {}, steps::add);
    assertThat(steps).allSatisfy(s -> assertThat(s).isPositive());
    assertThat(steps.stream().mapToLong(Long::longValue).sum()).isEqualTo(expected);
    assertThat(seenBeforeZip[0]).isEqualTo(100_000); // counted while a.txt was being read, before its top-up
  }
}
