package nl.kroniek.store.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.Random;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.junit.jupiter.api.Test;

class UnpairedSurrogateCharFilterTest {

  @Test
  void replacesUnpairedSurrogatesAndKeepsPairs() throws IOException {
    String text = "a\uD83D\uDE00b\uD800c\uDC00d\uD83D";
    assertThat(readAll(new UnpairedSurrogateCharFilter(new StringReader(text)), 64))
        .isEqualTo("a\uD83D\uDE00b\uFFFDc\uFFFDd\uFFFD");
  }

  @Test
  void handlesPairsSplitAcrossReads() throws IOException {
    String text = "x\uD83D\uDE00\uD83D\uDE01\uD800\uD800\uDC00y\uD83D";
    String expected = "x\uD83D\uDE00\uD83D\uDE01\uFFFD\uD800\uDC00y\uFFFD";
    for (int chunk = 1; chunk <= 4; chunk++) {
      assertThat(readAll(new UnpairedSurrogateCharFilter(new StringReader(text)), chunk))
          .as("chunk %d", chunk).isEqualTo(expected);
    }
  }

  @Test
  void outputIsValidUtf16WithTheSameLengthForRandomInput() throws IOException {
    Random random = new Random(99);
    for (int i = 0; i < 2_000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(20); k > 0; k--) {
        sb.append(switch (random.nextInt(3)) {
          case 0 -> (char) ('a' + random.nextInt(26));
          case 1 -> (char) (0xD800 + random.nextInt(0x400));
          default -> (char) (0xDC00 + random.nextInt(0x400));
        });
      }
      String text = sb.toString();
      String out = readAll(new UnpairedSurrogateCharFilter(new StringReader(text)), 1 + random.nextInt(5));
      assertThat(out).hasSameSizeAs(text);
      for (int k = 0; k < out.length(); k++) {
        char c = out.charAt(k);
        if (Character.isHighSurrogate(c)) {
          assertThat(Character.isLowSurrogate(out.charAt(k + 1))).as("pair at %d of %s", k, out).isTrue();
          assertThat(text.charAt(k)).isEqualTo(c);
          k++;
        } else {
          assertThat(Character.isLowSurrogate(c)).as("lone low at %d", k).isFalse();
        }
      }
    }
  }

  @Test
  void textEndingInAHighSurrogateIsStillIndexed() {
    String text = "93103 strijders \uDBC5";
    assertThat(Tokens.terms(new StandardAnalyzer(), text)).as("the Lucene behaviour this filter works around")
        .isEmpty();
    assertThat(Tokens.terms(new DutchQueryAnalyzer(), text)).containsExactly("93103", "strijder");
  }

  private static String readAll(Reader reader, int chunk) throws IOException {
    StringBuilder sb = new StringBuilder();
    char[] buffer = new char[chunk];
    for (int n; (n = reader.read(buffer, 0, chunk)) != -1; ) {
      sb.append(buffer, 0, n);
    }
    return sb.toString();
  }
}
