package nl.kroniek.store.analysis;

import java.io.IOException;
import java.text.Normalizer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Brings each token to Unicode normalisation form C, so that {@code Syrie} followed by a combining diaeresis
 * (U+0308) becomes the single letter {@code ë}: the word list, the decompounder and {@code ASCIIFoldingFilter}
 * all expect precomposed letters. Offsets are left alone, so they still point into the original text.
 *
 * <p>Tokens without a character at or above U+0300 (the first combining mark) are already in NFC and are
 * passed through without a check, which is nearly every Dutch token.
 */
public final class NfcFilter extends TokenFilter {

  private static final char FIRST_COMBINING_MARK = '\u0300';

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);

  public NfcFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (mayNeedNormalisation()) {
      String term = termAtt.toString();
      if (!Normalizer.isNormalized(term, Normalizer.Form.NFC)) {
        termAtt.setEmpty().append(Normalizer.normalize(term, Normalizer.Form.NFC));
      }
    }
    return true;
  }

  private boolean mayNeedNormalisation() {
    char[] buffer = termAtt.buffer();
    for (int i = 0, n = termAtt.length(); i < n; i++) {
      if (buffer[i] >= FIRST_COMBINING_MARK) {
        return true;
      }
    }
    return false;
  }
}
