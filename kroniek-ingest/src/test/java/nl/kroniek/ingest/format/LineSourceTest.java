package nl.kroniek.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineSourceTest {

  private static List<LineSource.Line> lines(byte[] content, int max) throws Exception {
    List<LineSource.Line> lines = new ArrayList<>();
    try (LineSource source = LineSource.open(new ByteArrayInputStream(content), max)) {
      LineSource.Line line;
      while ((line = source.next()) != null) {
        lines.add(line);
      }
    }
    return lines;
  }

  @Test
  void splitsAtEveryKindOfLineEnd() throws Exception {
    List<LineSource.Line> lines = lines("\uFEFFa\nb\r\nc\rd\n\ne".getBytes(StandardCharsets.UTF_8), 100);
    assertThat(lines).extracting(LineSource.Line::text).containsExactly("a", "b", "c", "d", "", "e");
    assertThat(lines).extracting(LineSource.Line::number).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
  }

  @Test
  void tooLongLinesAreSkippedNotKept() throws Exception {
    List<LineSource.Line> lines = lines(("kort\n" + "x".repeat(500) + "\nna").getBytes(StandardCharsets.UTF_8), 100);
    assertThat(lines).extracting(LineSource.Line::tooLong).containsExactly(false, true, false);
    assertThat(lines.get(1).text()).isNull();
    assertThat(lines.get(2).text()).isEqualTo("na");
    assertThat(lines.get(2).number()).isEqualTo(3);
  }

  @Test
  void decodesEachLineOnItsOwn() throws Exception {
    byte[] a = "één\n".getBytes(StandardCharsets.UTF_8);
    byte[] b = "één\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] both = new byte[a.length + b.length];
    System.arraycopy(a, 0, both, 0, a.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    List<LineSource.Line> lines = lines(both, 100);
    assertThat(lines).extracting(LineSource.Line::text).containsExactly("één", "één");
    assertThat(lines).extracting(LineSource.Line::windows1252).containsExactly(false, true);
  }

  @Test
  void skipCountsLinesLikeNext() throws Exception {
    try (LineSource source = LineSource.open(new ByteArrayInputStream("1\r\n2\r3\n4".getBytes()), 100)) {
      assertThat(source.skip(2)).isEqualTo(2);
      assertThat(source.next().text()).isEqualTo("3");
      assertThat(source.skip(5)).isEqualTo(1);
      assertThat(source.next()).isNull();
    }
  }

  @Test
  void binaryContentIsRefusedOnOpen() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
    assertThatThrownBy(() -> LineSource.open(new ByteArrayInputStream(png), 100))
        .isInstanceOf(ContentException.class).hasMessage("binary content (PNG image)");
  }
}
