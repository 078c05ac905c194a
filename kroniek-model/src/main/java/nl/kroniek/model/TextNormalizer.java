package nl.kroniek.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/** The normalisation behind content ids and exact de-duplication. */
public final class TextNormalizer {

  private TextNormalizer() {}

  /**
   * NFC, lower case, every run of whitespace to one space, stripped. Two copies of one article that differ
   * only in line wrapping, paragraph spacing or case normalise to the same text.
   */
  public static String normalize(String text) {
    if (text == null) {
      return "";
    }
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
    StringBuilder sb = new StringBuilder(nfc.length());
    boolean space = false;
    for (int i = 0; i < nfc.length(); ) {
      int cp = nfc.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        space = sb.length() > 0;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.appendCodePoint(Character.toLowerCase(cp));
      }
    }
    return sb.toString();
  }

  /** Hex SHA-256 of the normalised text: the content fingerprint used for exact de-duplication. */
  public static String fingerprint(String text) {
    return sha256(normalize(text));
  }

  /** A content id for articles whose source gives none: {@code h-} and 16 hex digits of the fingerprint. */
  public static String contentId(String text) {
    return "h-" + fingerprint(text).substring(0, 16);
  }

  static String sha256(String s) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JDK", e);
    }
  }
}
