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
      // (a mark right before v closes a scare quote: "Zij sprak over 'dwingende redenen': ...")
      boolean quoteBreak = d.isQuote(k) && (d.token(k - 1 < 0 ? k : k - 1).type() == TokenType.PUNCT
          || k + 1 < d.size && k + 1 != v && d.token(k + 1).type() == TokenType.PUNCT);
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

  /**
   * The phrase that fills the clause before the verb at v (its subject in normal order), or null. When the
   * clause is longer, the subject is sought after its last inner boundary: a comma or conjunction ({@code
   * ..., maar commissaris Ansip zei dat}, {@code Hoewel hij toegaf dat}), and a relative {@code die} stands
   * for the phrase before it ({@code Trump, die roept dat}); a relative clause between subject and verb is
   * skipped ({@code Een vrouw die ..., zei:}).
   */
  NounPhrase subjectBefore(int clauseStart, int v) {
    if (v <= clauseStart) {
      return null;
    }
    NounPhrase before = phrases.read(clauseStart, v);
    if (before != null && fillsUpTo(before.end(), v)) {
      return before;
    }
    if (before != null && skipsRelativeClause(before.end(), v)) {
      return before;
    }
    NounPhrase appositive = appositiveNameBefore(clauseStart, v);
    if (appositive != null) {
      return appositive;
    }
    for (int k = v - 1; k >= clauseStart && v - k <= MAX_CLAUSE_TOKENS; k--) {
      boolean comma = k > clauseStart && d.is(k, ',');
      boolean conjunction = d.isWord(k) && SUBJECT_BOUNDARIES.contains(d.lower(k))
          && (d.isLowerWord(k) || k == clauseStart);
      if (!comma && !conjunction) {
        continue;
      }
      int from = k + 1;
      if (d.isLowerWord(from) && RELATIVE_SUBJECTS.contains(d.lower(from)) && fillsUpTo(from + 1, v)) {
        return antecedent(clauseStart, comma ? k : from);
      }
      if (d.isLowerWord(k) && RELATIVE_SUBJECTS.contains(d.lower(k)) && fillsUpTo(k + 1, v)) {
        return antecedent(clauseStart, k);
      }
      NounPhrase np = phrases.read(from, v);
      if (np != null && fillsUpTo(np.end(), v)) {
        return np;
      }
      return null; // only the nearest boundary: an earlier one belongs to another clause
    }
    return null;
  }

  /**
   * {@code Bijlevelds voorganger op Defensie, Klaas Dijkhoff, schreef}: a name between commas right before the
   * verb names the subject the phrase reader could not read whole.
   */
  private NounPhrase appositiveNameBefore(int clauseStart, int v) {
    if (!d.is(v - 1, ',')) {
      return null;
    }
    for (int c = v - 2; c > clauseStart && v - c <= 9; c--) {
      if (d.is(c, ',')) {
        // the whole appositive is the name ("een nauwe vriend van president Poetin," is not)
        NounPhrase np = phrases.read(c + 1, v - 1);
        boolean whole = np != null && np.isName() && np.end() == v - 1 && np.description() == null
            && np.mentionStart() == d.token(c + 1).start();
        return whole ? np : null;
      }
    }
    return null;
  }

  /** Conjunctions after which a new clause (with its own subject) starts. */
  private static final java.util.Set<String> SUBJECT_BOUNDARIES = java.util.Set.of("en", "maar", "want", "of",
      "dus", "hoewel", "omdat", "nadat", "terwijl", "toen", "zodat", "doordat", "voordat", "sinds", "wanneer",
      "als", "zoals", "waarna", "nu", "die", "dat");
  private static final java.util.Set<String> RELATIVE_SUBJECTS = java.util.Set.of("die");

  /**
   * The phrase that ends at token {@code end} (a comma or a relative pronoun), for {@code Trump, die roept}:
   * a name if one ends there, else the longest unnamed phrase.
   */
  private NounPhrase antecedent(int clauseStart, int end) {
    if (end - 1 > clauseStart && d.is(end - 1, ',')) {
      end--;
    }
    NounPhrase best = null;
    for (int start = end - 1; start >= clauseStart && end - start <= 8; start--) {
      NounPhrase np = phrases.read(start, end);
      if (np == null || np.end() != end) {
        continue;
      }
      if (np.isName()) {
        return np;
      }
      if (np.kind() == NounPhrase.Kind.UNNAMED) {
        best = np;
      }
    }
    return best;
  }

  /** {@code Een vrouw die haar dochter, die ..., naartoe brengt, zei}: a relative clause up to a comma before v. */
  private boolean skipsRelativeClause(int phraseEnd, int v) {
    if (phraseEnd >= v || !d.isLowerWord(phraseEnd) || !RELATIVE_SUBJECTS.contains(d.lower(phraseEnd))) {
      return false;
    }
    int k = v - 1;
    while (k > phraseEnd && d.isWord(k) && Words.ADVERBS.contains(d.lower(k))) {
      k--;
    }
    return d.is(k, ',') && v - phraseEnd <= MAX_CLAUSE_TOKENS;
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
