package nl.kroniek.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

  @Test
  void utf8WithByteOrderMark() throws Exception {
    byte[] b = "\uFEFFBeëindigd".getBytes(StandardCharsets.UTF_8);
    DecodedText d = TextDecoder.decode(b);
    assertThat(d.text()).isEqualTo("Beëindigd");
    assertThat(d.encoding()).isEqualTo("UTF-8");
    assertThat(d.sanitized()).isFalse();
  }

  @Test
  void invalidUtf8FallsBackToWindows1252() throws Exception {
    byte[] b = "Café in België kost €5".getBytes(TextDecoder.WINDOWS_1252);
    DecodedText d = TextDecoder.decode(b);
    assertThat(d.text()).isEqualTo("Café in België kost €5");
    assertThat(d.encoding()).isEqualTo("windows-1252");
  }

  @Test
  void utf16ByteOrderMarks() throws Exception {
    byte[] le = "\uFEFFZoë".getBytes(StandardCharsets.UTF_16LE);
    byte[] be = "\uFEFFZoë".getBytes(StandardCharsets.UTF_16BE);
    assertThat(TextDecoder.decode(le).text()).isEqualTo("Zoë");
    assertThat(TextDecoder.decode(be).text()).isEqualTo("Zoë");
    assertThat(TextDecoder.decode(le).encoding()).isEqualTo("UTF-16LE");
  }

  @Test
  void strayControlCharactersAreRemovedAndNoted() throws Exception {
    String text = "Een tekst\u0000 met een paar\u0007 losse\u0001 bytes erin, verder gewoon leesbaar.\fVolgende.";
    DecodedText d = TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8));
    assertThat(d.text()).isEqualTo("Een tekst met een paar losse bytes erin, verder gewoon leesbaar.\nVolgende.");
    assertThat(d.sanitized()).isTrue();
    assertThat(TextDecoder.decode("a\fb".getBytes(StandardCharsets.UTF_8)).sanitized()).isFalse();
  }

  @Test
  void binaryContentIsRefused() {
    byte[] mostlyNul = new byte[1000];
    mostlyNul[0] = 'a';
    assertThatThrownBy(() -> TextDecoder.decode(mostlyNul)).isInstanceOf(ContentException.class)
        .hasMessageStartingWith("binary content (99% control bytes");
    assertThatThrownBy(() -> TextDecoder.decode("%PDF-1.7\nabc".getBytes(StandardCharsets.US_ASCII)))
        .hasMessage("binary content (PDF document)");
    // 4 control bytes in 100 is under the 5% threshold: text with stray bytes
    byte[] text = ("x".repeat(96) + "\u0000\u0000\u0000\u0000").getBytes(StandardCharsets.US_ASCII);
    assertThat(TextDecoder.binaryReason(text, text.length)).isNull();
    byte[] binary = ("x".repeat(94) + "\u0000".repeat(6)).getBytes(StandardCharsets.US_ASCII);
    assertThat(TextDecoder.binaryReason(binary, binary.length)).startsWith("binary content");
  }

  @Test
  void emptyAndWhitespaceOnlyInputIsRefused() {
    assertThatThrownBy(() -> TextDecoder.decode(new byte[0])).hasMessage("empty input");
    assertThatThrownBy(() -> TextDecoder.decode(" \n\t\r\n".getBytes(StandardCharsets.US_ASCII)))
        .hasMessage("empty input");
  }

  @Test
  void inputOverTheLimitIsRefusedAtTheLimit() throws Exception {
    byte[] b = "abcdefghij".getBytes(StandardCharsets.US_ASCII);
    assertThat(TextDecoder.readAll(new ByteArrayInputStream(b), 10).text()).isEqualTo("abcdefghij");
    assertThatThrownBy(() -> TextDecoder.readAll(new ByteArrayInputStream(b), 9))
        .hasMessage("input too large: over 9 bytes (the limit per record)");
  }
}
