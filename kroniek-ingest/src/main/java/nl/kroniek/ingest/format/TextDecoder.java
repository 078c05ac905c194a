package nl.kroniek.ingest.format;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import nl.kroniek.ingest.Input;
import nl.kroniek.ingest.RecordSink;
import nl.kroniek.ingest.Rejection;

/**
 * Turns stored bytes into text, the same way for every text-based reader:
 *
 * <ul>
 *   <li>a byte-order mark selects UTF-8, UTF-16LE or UTF-16BE and is removed;
 *   <li>otherwise bytes are UTF-8, and bytes that are not valid UTF-8 are read as windows-1252 (the Latin-1
 *       superset that old Dutch archives use) and noted in metadata as {@code encoding=windows-1252};
 *   <li>content is binary, and rejected, when the first 8 KiB start with a known binary signature (PDF,
 *       zip, gzip, images, executables) or more than 5% of them are control bytes (0x00-0x1F other than
 *       tab, line feed, carriage return and form feed, and 0x7F). Text with a few stray NUL bytes stays
 *       text;
 *   <li>remaining control characters (C0 other than tab and line breaks, DEL, C1) are removed and noted as
 *       {@code sanitized=control-characters}; form feed and vertical tab become line breaks;
 *   <li>empty or whitespace-only content is rejected as {@code empty input}.
 * </ul>
 *
 * Whole-file readers (seed, txt, html) decide the encoding per file; line readers (jsonl, csv) per line,
 * see {@link LineSource}.
 */
final class TextDecoder {

  static final String META_ENCODING = "encoding";
  static final String META_SANITIZED = "sanitized";
  static final String SANITIZED_CONTROL = "control-characters";

  /** How much of the start of an input the binary check looks at. */
  static final int SNIFF_BYTES = 8192;
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextDecoder() {}

  /** A byte-order mark at the start of content. */
  enum Bom {
    NONE(0, StandardCharsets.UTF_8), UTF8(3, StandardCharsets.UTF_8), UTF16LE(2, StandardCharsets.UTF_16LE),
    UTF16BE(2, StandardCharsets.UTF_16BE);

    final int length;
    final Charset charset;

    Bom(int length, Charset charset) {
      this.length = length;
      this.charset = charset;
    }

    static Bom of(byte[] b, int len) {
      if (len >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
        return UTF8;
      }
      if (len >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
        return UTF16LE;
      }
      if (len >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
        return UTF16BE;
      }
      return NONE;
    }

    boolean isUtf16() {
      return this == UTF16LE || this == UTF16BE;
    }
  }

  /**
   * Reads and decodes a whole input.
   *
   * @throws ContentException when the input is larger than {@code maxBytes}, binary, or empty
   */
  static DecodedText readAll(InputStream in, int maxBytes) throws IOException, ContentException {
    byte[] bytes = in.readNBytes(maxBytes == Integer.MAX_VALUE ? maxBytes : maxBytes + 1);
    if (bytes.length > maxBytes) {
      throw new ContentException("input too large: over " + size(maxBytes) + " (the limit per record)");
    }
    return decode(bytes);
  }

  /**
   * Reads and decodes a whole input that is one record (a text, seed or HTML file): on bad content the
   * input is rejected to the sink and null returned, so the reader simply stops.
   */
  static DecodedText readRecord(Input input, int maxBytes, RecordSink sink) throws IOException {
    try (InputStream in = input.open()) {
      return readAll(in, maxBytes);
    } catch (ContentException e) {
      sink.reject(new Rejection(input.name(), 0, 0, e.getMessage()));
      return null;
    }
  }

  /** Decodes a whole input held in memory; see the class comment. */
  static DecodedText decode(byte[] bytes) throws ContentException {
    Bom bom = Bom.of(bytes, bytes.length);
    if (bom == Bom.NONE) {
      String binary = binaryReason(bytes, Math.min(bytes.length, SNIFF_BYTES));
      if (binary != null) {
        throw new ContentException(binary);
      }
    }
    String text;
    String encoding;
    if (bom != Bom.NONE) {
      text = new String(bytes, bom.length, bytes.length - bom.length, bom.charset);
      encoding = bom.charset.name();
    } else {
      Decoded d = utf8OrWindows1252(bytes, 0, bytes.length);
      text = d.text;
      encoding = d.windows1252 ? WINDOWS_1252.name() : "UTF-8";
    }
    boolean sanitized = hasStrayControls(text);
    String clean = stripControls(text);
    if (clean.isBlank()) {
      throw new ContentException("empty input");
    }
    return new DecodedText(clean, encoding, sanitized);
  }

  /** Text and whether the windows-1252 fallback was used. */
  record Decoded(String text, boolean windows1252) {}

  /** Decodes bytes as UTF-8 when they are valid UTF-8, else as windows-1252. */
  static Decoded utf8OrWindows1252(byte[] b, int off, int len) {
    if (isAscii(b, off, len)) {
      return new Decoded(new String(b, off, len, StandardCharsets.ISO_8859_1), false);
    }
    CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return new Decoded(utf8.decode(ByteBuffer.wrap(b, off, len)).toString(), false);
    } catch (CharacterCodingException e) {
      return new Decoded(new String(b, off, len, WINDOWS_1252), true);
    }
  }

  private static boolean isAscii(byte[] b, int off, int len) {
    for (int i = off; i < off + len; i++) {
      if (b[i] < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Why the start of some content looks binary, or null when it looks like text. {@code len} bytes from
   * the start are examined.
   */
  static String binaryReason(byte[] b, int len) {
    String signature = signature(b, len);
    if (signature != null) {
      return "binary content (" + signature + ")";
    }
    int control = 0;
    for (int i = 0; i < len; i++) {
      int c = b[i] & 0xFF;
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F) {
        control++;
      }
    }
    if (control * 20L > len) {
      return "binary content (" + (control * 100 / len) + "% control bytes in the first " + size(len) + ")";
    }
    return null;
  }

  private static String signature(byte[] b, int len) {
    if (startsWith(b, len, '%', 'P', 'D', 'F')) {
      return "PDF document";
    }
    if (startsWith(b, len, 'P', 'K', 3, 4)) {
      return "zip archive or Office document";
    }
    if (startsWith(b, len, 0x1F, 0x8B)) {
      return "gzip data";
    }
    if (startsWith(b, len, 0x89, 'P', 'N', 'G')) {
      return "PNG image";
    }
    if (startsWith(b, len, 0xFF, 0xD8, 0xFF)) {
      return "JPEG image";
    }
    if (startsWith(b, len, 'G', 'I', 'F', '8')) {
      return "GIF image";
    }
    if (startsWith(b, len, 0xD0, 0xCF, 0x11, 0xE0)) {
      return "old Office document";
    }
    if (startsWith(b, len, 0x7F, 'E', 'L', 'F')) {
      return "executable";
    }
    return null;
  }

  private static boolean startsWith(byte[] b, int len, int... signature) {
    if (len < signature.length) {
      return false;
    }
    for (int i = 0; i < signature.length; i++) {
      if ((b[i] & 0xFF) != signature[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Removes control characters that have no place in article text: C0 other than tab and line breaks, DEL,
   * C1. Form feed and vertical tab become line feeds. Returns the same instance when nothing changed.
   */
  static String stripControls(String s) {
    int i = 0;
    while (i < s.length() && !isControl(s.charAt(i))) {
      i++;
    }
    if (i == s.length()) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length());
    sb.append(s, 0, i);
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\f' || c == '\u000B') {
        sb.append('\n');
      } else if (!isControl(c)) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** True when {@link #stripControls} would remove something (not just turn a form feed into a line feed). */
  static boolean hasStrayControls(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isControl(c) && c != '\f' && c != '\u000B') {
        return true;
      }
    }
    return false;
  }

  private static boolean isControl(char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
  }

  /** "64 MiB", "8 KiB", "100 bytes". */
  static String size(long bytes) {
    if (bytes >= (1 << 20) && bytes % (1 << 20) == 0) {
      return (bytes >> 20) + " MiB";
    }
    if (bytes >= 1024 && bytes % 1024 == 0) {
      return (bytes >> 10) + " KiB";
    }
    return bytes + " bytes";
  }
}
