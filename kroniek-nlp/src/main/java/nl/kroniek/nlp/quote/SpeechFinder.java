package nl.kroniek.nlp.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.kroniek.nlp.token.TokenType;

/**
 * Runs the finders over one document: direct quotes first (their marks and attributions are then off limits),
 * indirect speech next, and the speaker resolution over both in text order. Shared by {@link QuoteExtractor}
 * and {@link SourceExtractor}.
 */
final class SpeechFinder {

  private SpeechFinder() {}

  /** Direct and indirect quotations in text order, speakers resolved. */
  static List<Found> find(Doc doc) {
    NounPhraseReader phrases = new NounPhraseReader(doc);
    SpeakerLocator locator = new SpeakerLocator(doc, phrases);
    List<Found> direct = new DirectQuoteFinder(doc, locator).find();
    List<Found> indirect = new IndirectSpeechFinder(doc, locator, direct).find();
    List<Found> all = new ArrayList<>(direct.size() + indirect.size());
    all.addAll(direct);
    all.addAll(indirect);
    all.sort(Comparator.comparingInt((Found f) -> f.start).thenComparingInt(f -> f.end));
    inheritFromIndirect(doc, all);
    new SpeakerResolver(doc, phrases).resolve(all);
    return all;
  }

  /**
   * {@code ..., zegt De Beer. "We gaan ervan uit ..."}: an unattributed direct quote that opens the sentence
   * right after an attributed indirect one (or follows it with only punctuation between) continues that
   * speaker, as do the unattributed quotes right after it.
   */
  private static void inheritFromIndirect(Doc doc, List<Found> all) {
    Found source = null;
    int sourceEnd = -1;
    for (Found f : all) {
      if (f.attribution == null && f.direct && source != null && directlyAfter(doc, sourceEnd, f.firstToken)) {
        f.attribution = source.attribution;
        f.inherited = true;
      }
      if (f.attribution != null) {
        source = f;
        sourceEnd = f.direct ? f.lastToken : Math.max(f.lastToken, f.attribution.end() - 1);
        if (f.direct && f.attribution.cueToken() > f.lastToken) {
          sourceEnd = Math.max(sourceEnd, f.attribution.end() - 1);
        }
      } else {
        source = null;
      }
    }
  }

  private static boolean directlyAfter(Doc doc, int end, int open) {
    if (end < 0 || open <= end || end >= doc.size) {
      return false;
    }
    int sentenceEnd = doc.sentenceEnd(end);
    int k = end + 1;
    while (k < open && k < sentenceEnd && doc.token(k).type() == TokenType.PUNCT) {
      k++;
    }
    return k == open || sentenceEnd == open;
  }
}
