package nl.kroniek.nlp.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.kroniek.nlp.token.QuoteRole;
import nl.kroniek.nlp.token.Token;
import nl.kroniek.nlp.token.TokenType;

/**
 * Turns quoted spans into direct quotes: finds the attribution after the quote ({@code "...", zei X},
 * {@code "...", aldus X}, {@code "..." Dat zegt X.}) or before it ({@code X zei: "..."}, {@code Dillon: "..."}),
 * drops scare quotes and titles, and lets a quote that directly follows an attributed one inherit its speaker.
 *
 * <p>The rule for scare quotes and titles: a quoted span is a quote when it has an attribution, when it
 * runs over several sentences or paragraphs, or when it stands as a sentence of its own (it opens a
 * sentence or follows a colon, and it ends the sentence or holds final punctuation). A short phrase inside a
 * sentence without attribution ({@code 'door, met en via'}, {@code 'The Guardian'}) is not.
 */
final class DirectQuoteFinder {

  /** Words that start the sentence after a quote and point back to it: {@code Dat zegt X.} */
  private static final Set<String> BACK_POINTERS = Set.of("dat", "dit", "zo");

  /** Longest rest of a {@code Dat zegt X ...} sentence after the speaker ({@code tegen de krant.}). */
  private static final int MAX_BACK_POINTER_TAIL = 12;

  /** Longest {@code Name, role:} label before a quote. */
  private static final int MAX_LABEL_TOKENS = 12;
  /** Longest introducing sentence ending in a colon whose subject is taken as the speaker. */
  private static final int MAX_INTRO_TOKENS = 25;

  /** At most this many tokens between two quotes for the second to inherit the first one's speaker. */
  private static final int MAX_INHERIT_GAP = 3;

  private final Doc d;
  private final SpeakerLocator locator;
  private final NounPhraseReader phrases;

  DirectQuoteFinder(Doc doc, SpeakerLocator locator) {
    this.d = doc;
    this.locator = locator;
    this.phrases = locator.phrases();
  }

  /** The direct quotes of the document, in text order. */
  List<Found> find() {
    List<Found> quotes = new ArrayList<>();
    Found previous = null;
    int previousEnd = -1;
    for (QuotedSpan span : QuoteMarkPairer.pair(d)) {
      Attribution attribution = after(span);
      if (attribution == null) {
        attribution = before(span);
      }
      boolean adjacent = previous != null && previous.attribution != null && follows(previousEnd, span.open());
      boolean keep = attribution != null ? attributedIsQuote(span) : standsAlone(span) || adjacent;
      if (!keep) {
        continue;
      }
      Token open = d.token(span.open());
      Token close = d.token(span.close());
      Found quote = new Found(open.start(), close.end(), span.text(), true, span.open(), span.close());
      if (attribution != null) {
        quote.attribution = attribution;
      } else if (adjacent) {
        quote.attribution = previous.attribution;
        quote.inherited = true;
      }
      quotes.add(quote);
      previous = quote;
      previousEnd = attribution != null && attribution.cueToken() > span.close()
          ? Math.max(span.close(), attribution.end() - 1) : span.close();
    }
    return quotes;
  }

  /** {@code "...", zei X} / {@code "..." aldus X} / {@code "...". Dat zegt X.} */
  private Attribution after(QuotedSpan span) {
    int c = span.close();
    int k = c + 1;
    if (k >= d.size) {
      return null;
    }
    if (d.sentenceStart(k) == k) {
      return backPointer(k);
    }
    boolean punctuated = d.is(c - 1, ',') || d.is(c - 1, '?') || d.is(c - 1, '!') || d.is(c - 1, '\u2026')
        || d.isTerminal(c - 1);
    if (d.is(k, ',') || d.isDash(k)) {
      punctuated = true;
      k++;
    }
    if (d.isWord(k) && d.lower(k).equals("zo") && d.isWord(k + 1)) {
      k++;
    }
    return cueAt(k, punctuated);
  }

  /** The cue at k and the speaker after it: {@code aldus X}, {@code volgens X}, {@code zei X}. */
  private Attribution cueAt(int k, boolean punctuated) {
    if (!d.isLowerWord(k)) {
      return null;
    }
    int limit = d.sentenceEnd(k);
    String w = d.lower(k);
    if (w.equals("aldus") || w.equals("volgens")) {
      NounPhrase speaker = phrases.read(k + 1, limit);
      return speaker == null ? null : new Attribution(speaker, w, null, k, speaker.end(), true);
    }
    ReportingVerbs.Verb verb = locator.verbAt(k, limit, false);
    if (verb == null) {
      // only after a comma, '?' or '!': after a full stop the next sentence starts ("... .' 50Plus-spreker X:")
      boolean comma = d.is(k - 1, ',') || d.is(k - 2, ',') || d.is(k - 2, '?') || d.is(k - 2, '!')
          || d.isDash(k - 1);
      return punctuated && comma ? invertedSubject(k, limit) : null;
    }
    if (!punctuated && verb.kind() == ReportingVerbs.Kind.OPINION) {
      return null;
    }
    int s = locator.skipAdverbs(k + 1, limit);
    NounPhrase speaker = phrases.read(s, limit);
    if (speaker == null) {
      return null;
    }
    int end = speaker.end();
    if (verb.particle() != null) {
      end = Math.max(end, locator.particleEnd(k, verb, limit));
    }
    return new Attribution(speaker, locator.cue(k, verb), verb, k, end, verb.info());
  }

  /**
   * {@code ,,...'', blikt ze terug}, {@code "...", haalt Bianca het drama voor de geest}: after a quote and its
   * comma the next word is the finite verb whatever it means (the quote is the sentence's first part), so a
   * person right after it is the speaker: a name, {@code hij}/{@code zij}/{@code ze}, or an unnamed person
   * ({@code beklaagde de verdachte zich}). Null when the word cannot be a verb or no person follows.
   */
  private Attribution invertedSubject(int k, int limit) {
    String w = d.lower(k);
    if (!Character.isLetter(w.charAt(0)) || Words.endsNounPhrase(w) && !Words.FINITE_VERBS.contains(w)
        || Words.DETERMINERS.contains(w)
        || Words.PRONOUNS.contains(w) || Words.CLAUSE_OPENERS.contains(w) || w.length() < 3) {
      return null;
    }
    int s = locator.skipAdverbs(k + 1, limit);
    NounPhrase speaker = phrases.read(s, limit);
    if (speaker == null) {
      return null;
    }
    boolean person = switch (speaker.kind()) {
      case NAME -> true;
      case PRONOUN -> Words.RESOLVABLE_PRONOUNS.contains(speaker.name());
      case UNNAMED -> speaker.head() != null && PersonNouns.isPersonNoun(speaker.head())
          && !Words.isSelfReference(speaker.name());
    };
    return person ? new Attribution(speaker, w, null, k, speaker.end(), false) : null;
  }

  /** {@code "..." Dat zegt X.}: a new sentence that starts with a pointer and a reporting verb. */
  private Attribution backPointer(int k) {
    if (!d.isWord(k) || !BACK_POINTERS.contains(d.lower(k))) {
      if (d.isWord(k) && d.lower(k).equals("aldus")) {
        NounPhrase speaker = phrases.read(k + 1, d.sentenceEnd(k));
        return speaker == null ? null : new Attribution(speaker, "aldus", null, k, speaker.end(), true);
      }
      return null;
    }
    int v = k + 1;
    int limit = d.sentenceEnd(k);
    ReportingVerbs.Verb verb = locator.verbAt(v, limit, false);
    if (verb == null || verb.kind() == ReportingVerbs.Kind.MANNER) {
      return null;
    }
    NounPhrase speaker = phrases.read(locator.skipAdverbs(v + 1, limit), limit);
    if (speaker == null || limit - speaker.end() > MAX_BACK_POINTER_TAIL) {
      return null;
    }
    int end = verb.particle() == null ? speaker.end()
        : Math.max(speaker.end(), locator.particleEnd(v, verb, limit));
    return new Attribution(speaker, locator.cue(v, verb), verb, v, end, verb.info());
  }

  /** {@code X zei: "..."} / {@code Daarop zei X: "..."} / {@code Dillon: "..."}. */
  private Attribution before(QuotedSpan span) {
    int p = span.open() - 1;
    if (p < 1 || !d.is(p, ':') || d.sentence(p) != d.sentence(span.open()) && !sameParagraph(p, span.open())) {
      return null;
    }
    int start = locator.clauseStart(p);
    for (int v = start; v < p; v++) {
      ReportingVerbs.Verb verb = locator.verbAt(v, p, true);
      if (verb == null) {
        continue;
      }
      NounPhrase speaker = locator.subject(start, v, p);
      if (speaker != null) {
        return new Attribution(speaker, locator.cue(v, verb), verb, v, p, verb.info());
      }
      break;
    }
    if (d.isWord(start) && d.lower(start).equals("volgens")) {
      NounPhrase speaker = phrases.read(start + 1, p);
      return speaker == null ? null : new Attribution(speaker, "volgens", null, start, p, true);
    }
    NounPhrase speaker = phrases.read(start, p);
    if (speaker == null) {
      return null;
    }
    if (speaker.isName() && speaker.end() == p && p - start <= MAX_LABEL_TOKENS) {
      return new Attribution(speaker, ":", null, p, p, false); // Dillon: "..."
    }
    // "Trump liet er via Twitter geen twijfel over bestaan: ..." : the subject of the introducing sentence
    boolean subject = speaker.end() < p && d.isLowerWord(speaker.end()) && start == d.sentenceStart(p)
        && p - start <= MAX_INTRO_TOKENS;
    boolean person = speaker.isName() || speaker.isPronoun() && Words.RESOLVABLE_PRONOUNS.contains(speaker.name())
        || speaker.kind() == NounPhrase.Kind.UNNAMED && PersonNouns.isPersonNoun(speaker.head());
    if (subject && person) { // also "De advocaat die hem bijstaat wil niet reageren: ..."
      return new Attribution(speaker, ":", null, p, p, false);
    }
    return null;
  }

  private boolean sameParagraph(int a, int b) {
    for (int k = a + 1; k <= b; k++) {
      if (d.token(k).paragraphStart()) {
        return false;
      }
    }
    return true;
  }

  /** An attributed span is a quote unless it is a short phrase inside a clause. */
  private boolean attributedIsQuote(QuotedSpan span) {
    return opensClause(span.open()) || words(span) >= 3 || span.continued();
  }

  /** An unattributed span is a quote when it is a sentence (or more) of its own. */
  private boolean standsAlone(QuotedSpan span) {
    if (span.continued() || holdsSentenceBreak(span)) {
      return true;
    }
    if (!opensClause(span.open())) {
      return false;
    }
    boolean finalInside = d.isTerminal(span.close() - 1);
    return finalInside && words(span) >= 1 || endsSentence(span.close()) && words(span) >= 2;
  }

  private boolean opensClause(int open) {
    if (open == 0 || d.sentenceStart(open) == open || d.token(open).lineStart()) {
      return true;
    }
    return d.is(open - 1, ':') || d.is(open - 1, ';') || d.isDash(open - 1) || d.is(open - 1, '(')
        || d.isQuote(open - 1) && d.token(open - 1).quoteRole() != QuoteRole.OPEN;
  }

  private boolean endsSentence(int close) {
    int k = close + 1;
    if (k >= d.size || d.sentenceStart(k) == k) {
      return true;
    }
    return d.isTerminal(k) && (k + 1 >= d.size || d.sentenceStart(k + 1) == k + 1);
  }

  /** Final punctuation inside the span followed by more words: a multi-sentence quote. */
  private boolean holdsSentenceBreak(QuotedSpan span) {
    for (int k = span.open() + 1; k < span.close() - 1; k++) {
      if (d.isTerminal(k) && d.token(k).text().charAt(0) != '\u2026' && !d.token(k).text().startsWith("..")) {
        Token next = d.token(k + 1);
        if (next.isCapitalized() || next.type() == TokenType.QUOTE || next.type() == TokenType.NUMBER) {
          return true;
        }
      }
    }
    return false;
  }

  private int words(QuotedSpan span) {
    int n = 0;
    for (int k = span.open() + 1; k < span.close(); k++) {
      TokenType type = d.token(k).type();
      if (type == TokenType.WORD || type == TokenType.NUMBER || type == TokenType.ABBREVIATION) {
        n++;
      }
    }
    return n;
  }

  /**
   * The quote at {@code open} follows the previous quote's block directly: only punctuation between, or it
   * starts the sentence right after the attribution's sentence.
   */
  private boolean follows(int previousEnd, int open) {
    if (previousEnd < 0 || open <= previousEnd) {
      return false;
    }
    if (open - previousEnd - 1 <= MAX_INHERIT_GAP) {
      boolean onlyPunctuation = true;
      for (int k = previousEnd + 1; k < open; k++) {
        TokenType type = d.token(k).type();
        onlyPunctuation &= type == TokenType.PUNCT || type == TokenType.QUOTE;
      }
      if (onlyPunctuation) {
        return true;
      }
    }
    return d.sentenceEnd(previousEnd) == open && d.sentence(previousEnd) + 1 == d.sentence(open);
  }
}
