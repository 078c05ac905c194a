package nl.kroniek.store.analysis;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Analysis for an exact sub-field ({@code text.exact}), used both to index and to search it:
 * {@code UnpairedSurrogateCharFilter → StandardTokenizer → NfcFilter → LowerCaseFilter →
 * ASCIIFoldingFilter}.
 *
 * <p>No stemming, no compound parts, no apostrophe handling: {@code strijder} does not match
 * {@code strijders}, {@code dienst} does not match {@code veiligheidsdiensten}, {@code auto's} stays
 * {@code auto's}. Case and diacritics are still folded ({@code Syrie} matches {@code Syrië}), because nobody
 * means the difference when searching. Good for literal words, names and wildcards on the surface form.
 */
public final class DutchExactAnalyzer extends Analyzer {

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer tokenizer = new StandardTokenizer();
    TokenStream folded = new ASCIIFoldingFilter(new LowerCaseFilter(new NfcFilter(tokenizer)));
    return new TokenStreamComponents(tokenizer, folded);
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
