package nl.kroniek.nlp.quote;

import nl.kroniek.nlp.token.TokenType;

/**
 * Finds the pieces of an attribution around a reporting verb: the particle a separable verb needs, the
 * start of the clause, and the subject, either before the verb ({@code Dillon zei:}) or after it in
 * inverted order ({@code Daarop zei Dillon:}, {@code "...", zei Dillon}).
 */
final class SpeakerLocator {

  /** How far back a clause start is looked for, in tokens. */
  private static final int MAX_CLAUSE_TOKENS = 30;
  /** How far after the verb its particle may stand ({@code liet de woordvoerder van de NAVO weten}). */
  private static final int MAX_PARTICLE_DISTANCE = 14;
  private static final int MAX_ADVERBS = 3;
  /** Words allowed between a subject and its verb: auxiliaries and adverbs ({@code heeft gisteren gezegd}). */
  private static final int MAX_GAP = 4;

  private final Doc d;
  private final NounPhraseReader phrases;

  SpeakerLocator(Doc doc, NounPhraseReader phrases) {
    this.d = doc;
    this.phrases = phrases;
  }

  NounPhraseReader phrases() {
    return phrases;
  }

  /**
   * The reporting verb at token k, if its particle (when it needs one) stands before {@code searchEnd}; a
   * participle only when {@code participleOk}. Null otherwise.
   */
  ReportingVerbs.Verb verbAt(int k, int searchEnd, boolean participleOk) {
    if (!d.isWord(k)) {
      return null;
    }
    for (ReportingVerbs.Verb v : ReportingVerbs.lookup(d.lower(k))) {
      if (v.participle() && !participleOk) {
        continue;
      }
      if (v.particle() == null || particleEnd(k, v, searchEnd) > 0) {
        return v;
      }
    }
    return null;
  }

  /** Index just past the particle of verb v at k ({@code weten}, {@code eraan toe}), or -1. */
  int particleEnd(int k, ReportingVerbs.Verb v, int searchEnd) {
    if (v.particle() == null) {
      return k + 1;
    }
    int stop = Math.min(Math.min(searchEnd, d.sentenceEnd(k)), k + MAX_PARTICLE_DISTANCE);
    for (int m = k + 1; m < stop; m++) {
      if (d.isTerminal(m) || d.is(m, ';') || d.is(m, ':') || d.isQuote(m)) {
        return -1;
      }
      String w = d.lower(m);
      if (w.equals(v.particle())) {
        return m + 1;
      }
      if (v.particle().equals("toe") && (w.equals("eraan") || w.equals("daaraan")) && m + 1 < stop
          && d.lower(m + 1).equals("toe")) {
        return m + 2;
      }
    }
    return -1;
  }

  /** The cue as written for verb v at k: the form plus its particle ({@code liet weten}). */
  String cue(int k, ReportingVerbs.Verb v) {
    String form = d.lower(k);
    return v.particle() == null ? form : form + " " + v.particle();
  }

  /** Skips up to three adverbs ({@code gisteren}, {@code ook}) before an inverted subject. */
  int skipAdverbs(int k, int limit) {
    int skipped = 0;
    while (k < limit && skipped < MAX_ADVERBS && d.isWord(k)
        && (Words.ADVERBS.contains(d.lower(k)) || Words.isDayPart(d.lower(k)))) {
      k++;
      skipped++;
    }
    return k;
  }

  /**
   * First token of the clause that ends before token v: the sentence start, or the token after the last
   * {@code ;}, {@code :}, closing quote or dash, at most {@link #MAX_CLAUSE_TOKENS} back.
   */
  int clauseStart(int v) {
    int start = d.sentenceStart(v);
    int k = v - 1;
    while (k >= start && v - k <= MAX_CLAUSE_TOKENS) {
      // a quote mark ends a clause when it stands against punctuation ("...," zei); not a scare quote ('pijn')
      boolean quoteBreak = d.isQuote(k) && (d.token(k - 1 < 0 ? k : k - 1).type() == TokenType.PUNCT
          || k + 1 < d.size && d.token(k + 1).type() == TokenType.PUNCT);
      if (d.is(k, ';') || d.is(k, ':') || quoteBreak || d.isDash(k)) {
        return k + 1;
      }
      k--;
    }
    return Math.max(start, k + 1);
  }

  /**
   * The subject of the reporting verb at v: the phrase that fills the clause before it ({@code De woordvoerder
   * van de coalitie, Ryan Dillon, zei}), else the one right after it ({@code Daarop zei Dillon}). Null if
   * neither reads as a phrase.
   */
  NounPhrase subject(int clauseStart, int v, int limit) {
    NounPhrase before = subjectBefore(clauseStart, v);
    if (before != null) {
      return before;
    }
    int k = skipAdverbs(v + 1, limit);
    return k < limit ? phrases.read(k, limit) : null;
  }

  /** The phrase that fills the clause before the verb at v (its subject in normal order), or null. */
  NounPhrase subjectBefore(int clauseStart, int v) {
    if (v <= clauseStart) {
      return null;
    }
    NounPhrase before = phrases.read(clauseStart, v);
    return before != null && fillsUpTo(before.end(), v) ? before : null;
  }

  /** Between the phrase end and the verb stand only commas, auxiliaries and adverbs. */
  private boolean fillsUpTo(int phraseEnd, int v) {
    if (v - phraseEnd > MAX_GAP) {
      return false;
    }
    for (int k = phraseEnd; k < v; k++) {
      if (d.is(k, ',')) {
        continue;
      }
      String w = d.lower(k);
      if (!d.isWord(k) || !(Words.FINITE_VERBS.contains(w) || Words.ADVERBS.contains(w))) {
        return false;
      }
    }
    return true;
  }
}
