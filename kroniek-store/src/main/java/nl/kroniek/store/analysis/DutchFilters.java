package nl.kroniek.store.analysis;

import nl.kroniek.lexicon.Decompounder;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * The steps the Dutch analyzers share, in one place so that the index and query chains cannot drift apart:
 * what the stemmer sees must be folded the same way on both sides.
 */
final class DutchFilters {

  private DutchFilters() {}

  /**
   * NFC, then the apostrophe-s ending dropped ({@code auto's → auto}, {@code Saoedi's → Saoedi}; Lucene's
   * English possessive filter does exactly the Dutch job), then lower case.
   */
  static TokenStream normaliseWords(TokenStream in) {
    return new LowerCaseFilter(new EnglishPossessiveFilter(new NfcFilter(in)));
  }

  /** Compound parts added, for the index side only. */
  static TokenStream addCompoundParts(TokenStream in, Decompounder decompounder) {
    return new DecompoundFilter(in, decompounder);
  }

  /** Diacritics folded ({@code syrië → syrie}), then the Snowball Dutch stemmer. */
  static TokenStream foldAndStem(TokenStream in) {
    return new SnowballFilter(new ASCIIFoldingFilter(in), new DutchStemmer());
  }

  /** What wildcard, prefix and fuzzy terms get at query time: NFC, lower case, folding; no stemming. */
  static TokenStream normaliseMultiTerm(TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(new NfcFilter(in)));
  }
}
