package nl.kroniek.store.analysis;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import nl.kroniek.lexicon.Decompounder;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Adds the parts of Dutch compounds to the token stream: after {@code veiligheidsdiensten} come
 * {@code veiligheid} and {@code diensten}, at position increment 0 and with the offsets of the whole word, so a
 * query for {@code dienst} matches the compound and the highlighter marks the whole word. The compound itself
 * is kept, so phrase and exact queries on the original words still match.
 *
 * <p>Expects lower-case, unfolded tokens (the word list spells {@code Syrië} with its diaeresis); put it after
 * {@code LowerCaseFilter} and before {@code ASCIIFoldingFilter} and the stemmer. Tokens marked as keywords,
 * tokens shorter than the minimum length and tokens with anything but letters pass through untouched. Parts get
 * the token type {@value #PART_TYPE}.
 */
public final class DecompoundFilter extends TokenFilter {

  /** Token type of an emitted compound part. */
  public static final String PART_TYPE = "<COMPOUND_PART>";

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
  private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);

  private final Decompounder decompounder;
  private final int minTokenLength;

  private List<String> pendingParts = List.of();
  private int nextPart;
  private State compoundState;

  /** Splits tokens of at least {@link Decompounder#MIN_WORD_LENGTH} letters. */
  public DecompoundFilter(TokenStream input, Decompounder decompounder) {
    this(input, decompounder, Decompounder.MIN_WORD_LENGTH);
  }

  /**
   * Splits tokens of at least {@code minTokenLength} letters.
   *
   * @throws IllegalArgumentException if {@code minTokenLength < 1}
   */
  public DecompoundFilter(TokenStream input, Decompounder decompounder, int minTokenLength) {
    super(input);
    this.decompounder = Objects.requireNonNull(decompounder, "decompounder");
    if (minTokenLength < 1) {
      throw new IllegalArgumentException("minTokenLength < 1: " + minTokenLength);
    }
    this.minTokenLength = minTokenLength;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (nextPart < pendingParts.size()) {
      restoreState(compoundState); // offsets, position length and flags of the whole word
      termAtt.setEmpty().append(pendingParts.get(nextPart++));
      posIncAtt.setPositionIncrement(0);
      typeAtt.setType(PART_TYPE);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    if (!keywordAtt.isKeyword() && termAtt.length() >= minTokenLength && lettersOnly()) {
      List<String> parts = decompounder.split(termAtt);
      if (!parts.isEmpty()) {
        pendingParts = parts;
        nextPart = 0;
        compoundState = captureState();
      }
    }
    return true;
  }

  private boolean lettersOnly() {
    char[] buffer = termAtt.buffer();
    for (int i = 0, n = termAtt.length(); i < n; i++) {
      if (!Character.isLetter(buffer[i])) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pendingParts = List.of();
    nextPart = 0;
    compoundState = null;
  }
}
