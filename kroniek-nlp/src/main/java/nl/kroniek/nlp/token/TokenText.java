package nl.kroniek.nlp.token;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/**
 * Normalisation helpers for token text, kept apart from {@link Token#text()}, which always stays exactly
 * as written so offsets slice back to it.
 */
public final class TokenText {

  private TokenText() {}

  /**
   * NFC, typographic apostrophes ({@code ’ ‘ ` ´ ʼ}) to {@code '}, double quote marks ({@code “ ” „ « »}) to
   * {@code "}, hyphen variants ({@code ‐ ‑}) to {@code -}, soft hyphens removed. {@code Saoedi’s} becomes
   * {@code Saoedi's}. Returns the same string when nothing changes.
   */
  public static String normalize(String text) {
    Objects.requireNonNull(text, "text");
    String nfc = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
        : Normalizer.normalize(text, Normalizer.Form.NFC);
    StringBuilder sb = null;
    for (int i = 0; i < nfc.length(); i++) {
      char c = nfc.charAt(i);
      char r = replacement(c);
      if (r != c && sb == null) {
        sb = new StringBuilder(nfc.length()).append(nfc, 0, i);
      }
      if (sb != null && r != 0) {
        sb.append(r);
      }
    }
    return sb == null ? nfc : sb.toString();
  }

  /** {@link #normalize} then lower case (root locale): the form for lexicon look-ups. */
  public static String fold(String text) {
    return normalize(text).toLowerCase(Locale.ROOT);
  }

  /** The char to write for c; 0 to drop it. */
  private static char replacement(char c) {
    return switch (c) {
      case '\u2019', '\u2018', '\u201B', '`', '\u00B4', '\u02BC' -> '\'';
      case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB' -> '"';
      case '\u2010', '\u2011' -> '-';
      case '\u00AD' -> 0;
      default -> c;
    };
  }
}
