package nl.kroniek.store.analysis;

import java.io.Reader;
import java.util.Objects;
import nl.kroniek.lexicon.Decompounder;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Index-time analysis of Dutch text:
 * {@code UnpairedSurrogateCharFilter → StandardTokenizer → NfcFilter → EnglishPossessiveFilter →
 * LowerCaseFilter → DecompoundFilter → ASCIIFoldingFilter → SnowballFilter(DutchStemmer)}.
 *
 * <p>{@code veiligheidsdiensten} is indexed as {@code veiligheidsdienst} plus, at the same position,
 * {@code veilig} and {@code dienst}; {@code Syrië} as {@code syrie}; {@code IS-strijders} as {@code is},
 * {@code strijder}. No stop words are removed: users search for {@code IS} the organisation and for phrases
 * with {@code de} and {@code het}. Search with {@link DutchQueryAnalyzer}, which is this chain without the
 * decompounder.
 */
public final class DutchIndexAnalyzer extends Analyzer {

  private final Decompounder decompounder;

  /** With the shared Dutch decompounder (loads the OpenTaal list on first use, about 0.3 s). */
  public DutchIndexAnalyzer() {
    this(Decompounder.dutch());
  }

  public DutchIndexAnalyzer(Decompounder decompounder) {
    this.decompounder = Objects.requireNonNull(decompounder, "decompounder");
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer tokenizer = new StandardTokenizer();
    TokenStream words = DutchFilters.normaliseWords(tokenizer);
    TokenStream withParts = DutchFilters.addCompoundParts(words, decompounder);
    return new TokenStreamComponents(tokenizer, DutchFilters.foldAndStem(withParts));
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return new UnpairedSurrogateCharFilter(reader);
  }

  @Override
  protected Reader initReaderForNormalization(String fieldName, Reader reader) {
    return new UnpairedSurrogateCharFilter(reader);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return DutchFilters.normaliseMultiTerm(in);
  }
}
