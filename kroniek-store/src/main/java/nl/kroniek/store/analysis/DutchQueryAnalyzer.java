package nl.kroniek.store.analysis;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Query-time analysis of Dutch text, for fields indexed with {@link DutchIndexAnalyzer}:
 * {@code UnpairedSurrogateCharFilter → StandardTokenizer → NfcFilter → EnglishPossessiveFilter →
 * LowerCaseFilter → ASCIIFoldingFilter → SnowballFilter(DutchStemmer)}.
 *
 * <p>It is the index chain without the decompounder: a query for {@code veiligheidsdiensten} stays one term
 * (it does not widen into {@code veiligheid OR diensten}), while a query for {@code dienst} matches the part
 * that was indexed with the compound.
 */
public final class DutchQueryAnalyzer extends Analyzer {

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer tokenizer = new StandardTokenizer();
    return new TokenStreamComponents(
        tokenizer, DutchFilters.foldAndStem(DutchFilters.normaliseWords(tokenizer)));
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
