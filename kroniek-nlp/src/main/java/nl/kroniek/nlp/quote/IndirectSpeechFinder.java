package nl.kroniek.nlp.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.kroniek.nlp.token.Token;

/**
 * Finds indirect speech outside direct quotes, four constructions:
 *
 * <ul>
 *   <li>{@code X zegt dat ...}, {@code X liet weten dat ...}, {@code Daarop verklaarde X dat ...},
 *       {@code X heeft gezegd dat ...}: a speech verb (not an opinion verb such as {@code vindt},
 *       {@code verwacht}) with {@code dat} at most {@link #MAX_VERB_TO_DAT} tokens later; the reported
 *       clause runs from after {@code dat} to the sentence end;
 *   <li>{@code Volgens X ...} / {@code ..., volgens X.} / {@code ... volgens X ...}: the clause after the
 *       phrase, the clause before it, or the whole sentence;
 *   <li>{@code ..., zegt X.}, {@code ..., zo vertelden getuigen aan de BBC.}, {@code ..., aldus X.}: the
 *       clause before the comma;
 *   <li>{@code Dat meldt de BBC.}: the previous sentence.
 * </ul>
 */
final class IndirectSpeechFinder {

  private static final int MAX_VERB_TO_DAT = 14;
  private static final Set<String> COORDINATORS = Set.of("en", "maar", "of", "want");
  private static final Set<String> RELATIVE_PRONOUNS = Set.of("die", "wie", "welke", "waarvan");

  /** An indirect question before a trailing verb reports nothing ({@code Of ..., weet hij niet}). */
  private static final Set<String> QUESTION_WORDS = Set.of("of", "wat", "hoe", "waarom", "wie", "waar",
      "wanneer", "welke", "hoeveel");
  /** Prepositions of an adjunct between a verb and {@code dat}: {@code vertelde aan de Guardian dat}. */
  private static final Set<String> COMPLEMENT_PREPOSITIONS = Set.of("aan", "tegen", "tegenover", "in", "op",
      "via", "bij", "tijdens", "na", "namens", "voor", "over", "met", "vanuit", "uit");
  /** Longest tail after a trailing attribution ({@code , zegt X tegen de krant.}). */
  private static final int MAX_TAIL = 12;

  private final Doc d;
  private final SpeakerLocator locator;
  private final NounPhraseReader phrases;
  private final boolean[] inDirect;
  private final boolean[] usedByDirect;

  /**
   * @param direct the direct quotes already found; their tokens and attributions are not looked at again
   */
  IndirectSpeechFinder(Doc doc, SpeakerLocator locator, List<Found> direct) {
    this.d = doc;
    this.locator = locator;
    this.phrases = locator.phrases();
    this.inDirect = new boolean[doc.size];
    this.usedByDirect = new boolean[doc.size];
    for (Found f : direct) {
      for (int k = f.firstToken; k <= f.lastToken; k++) {
        inDirect[k] = true;
      }
      Attribution a = f.attribution;
      if (a != null && !f.inherited) {
        for (int k = Math.min(a.cueToken(), a.end()); k < Math.max(a.cueToken() + 1, a.end()) && k < doc.size; k++) {
          usedByDirect[k] = true;
        }
      }
    }
  }

  List<Found> find() {
    List<Found> out = new ArrayList<>();
    int lastEnd = -1;
    for (int k = 0; k < d.size; k++) {
      if (inDirect[k] || usedByDirect[k] || !d.isWord(k)) {
        continue;
      }
      String w = d.lower(k);
      Found f;
      if (w.equals("volgens")) {
        f = volgens(k);
      } else if (w.equals("aldus")) {
        f = trailing(k, k, "aldus", null);
      } else if (ReportingVerbs.isForm(w)) {
        f = verb(k);
      } else {
        continue;
      }
      if (f == null || f.end <= f.start) {
        continue;
      }
      if (f.start >= lastEnd) {
        out.add(f);
        lastEnd = f.end;
      } else if (!out.isEmpty() && out.get(out.size() - 1).attribution.speaker().isPronoun()
          && !f.attribution.speaker().isPronoun()) {
        // "Volgens hem is ... . Dat zei Kamerlid X.": the later, named attribution explains the pronoun; the
        // cue stays "volgens", which attributes information (so X is a cited source)
        Attribution pronoun = out.get(out.size() - 1).attribution;
        out.get(out.size() - 1).attribution = new Attribution(f.attribution.speaker(), pronoun.cue(), pronoun.verb(),
            pronoun.cueToken(), pronoun.end(), pronoun.info() || f.attribution.info());
      }
    }
    return out;
  }

  /** At a reporting verb: {@code X zegt dat ...}, {@code ..., zegt X.}, or {@code Dat zegt X.} */
  private Found verb(int v) {
    int sentenceEnd = d.sentenceEnd(v);
    ReportingVerbs.Verb verb = locator.verbAt(v, sentenceEnd, true);
    if (verb == null) {
      return null;
    }
    int first = d.sentenceStart(v);
    if (v == first + 1 && d.isWord(first) && (d.lower(first).equals("dat") || d.lower(first).equals("dit"))
        && !verb.participle()) {
      return verb.kind() != ReportingVerbs.Kind.SPEECH ? null : backPointer(first, v, verb);
    }
    int trailingCue = v - 1;
    if (d.isWord(trailingCue) && d.lower(trailingCue).equals("zo")) {
      trailingCue--;
    }
    // "..., vindt X.", "..., oordeelde de rechter.": a view or a judgement, not reported speech (guidelines)
    if (d.is(trailingCue, ',') && !verb.participle() && verb.kind() != ReportingVerbs.Kind.OPINION) {
      Found f = trailing(trailingCue + 1, v, locator.cue(v, verb), verb);
      if (f != null) {
        return f;
      }
    }
    if (verb.kind() != ReportingVerbs.Kind.SPEECH) {
      return null; // "X vindt dat", "X verwacht dat": an opinion, not reported speech
    }
    NounPhrase before = locator.subjectBefore(locator.clauseStart(v), v);
    int after = locator.skipAdverbs(v + 1, sentenceEnd);
    if (before != null && !before.isPronoun() && d.isWord(after) && Words.PRONOUNS.contains(d.lower(after))) {
      before = null; // "Zenuwen zegt hij niet te hebben": a pronoun after the verb is the subject
    }
    if (before == null && v > 0 && d.isWord(v - 1) && COORDINATORS.contains(d.lower(v - 1))) {
      return null; // "Foster weigert en vertelde May dat ...": the subject is left out, May is the addressee
    }
    int[] dat = {-1};
    NounPhrase speaker = complementUpToDat(v, sentenceEnd, verb, before, dat);
    if (speaker == null) {
      return teInfinitive(v, verb, before, sentenceEnd);
    }
    Found f = clause(dat[0] + 1, subordinateEnd(first, dat[0] + 1, sentenceEnd));
    if (f != null) {
      f.attribution = new Attribution(speaker, locator.cue(v, verb), verb, v, Math.max(speaker.end(), v + 1),
          verb.info());
    }
    return f;
  }

  /** Conjunctions that open a subordinate clause before the main clause: {@code Hoewel hij toegaf dat ...,}. */
  private static final Set<String> SUBORDINATORS = Set.of("hoewel", "omdat", "nadat", "terwijl", "toen", "zodra",
      "voordat", "doordat", "als", "nu", "sinds", "wanneer", "zolang", "ofschoon");

  /**
   * Where a reported clause inside a fronted subordinate clause ends: at the comma before the main clause's
   * verb ({@code Hoewel hij toegaf dat X, herhaalde hij ...}); else the sentence end.
   */
  private int subordinateEnd(int first, int from, int sentenceEnd) {
    if (!d.isWord(first) || !SUBORDINATORS.contains(d.lower(first))) {
      return sentenceEnd;
    }
    for (int k = from; k + 1 < sentenceEnd; k++) {
      if (d.is(k, ',') && d.isLowerWord(k + 1)) {
        String w = d.lower(k + 1);
        if (ReportingVerbs.isForm(w) || Words.FINITE_VERBS.contains(w) && !Words.DETERMINERS.contains(w)) {
          return k;
        }
      }
    }
    return sentenceEnd;
  }

  /**
   * Reads from verb v to {@code dat}: adverbs, commas, prepositional phrases ({@code aan de Guardian}, {@code
   * op Twitter}), the particle, the inverted subject when none stood {@code before} the verb, and for a
   * separable verb one object ({@code liet de krant weten}). Anything else (an object such as {@code
   * bevestigt het beeld dat}) means this is no indirect speech. Returns the subject and puts the index of
   * {@code dat} in {@code datOut[0]}; null if the pattern does not hold.
   */
  private NounPhrase complementUpToDat(int v, int sentenceEnd, ReportingVerbs.Verb verb, NounPhrase before,
      int[] datOut) {
    int stop = Math.min(sentenceEnd, v + 1 + MAX_VERB_TO_DAT);
    NounPhrase subject = before;
    boolean particleSeen = verb.particle() == null;
    boolean objectSeen = false;
    int m = v + 1;
    while (m < stop) {
      if (inDirect[m]) {
        return null;
      }
      String w = d.lower(m);
      boolean word = d.isWord(m);
      if (word && w.equals("dat")) {
        if (!particleSeen || subject == null) {
          return null;
        }
        datOut[0] = m;
        return subject;
      }
      if (d.is(m, ',') || word && (Words.ADVERBS.contains(w) || Words.isDayPart(w) || TIME_WORDS.contains(w))) {
        m++;
        continue;
      }
      if (!particleSeen && word && COMPLEMENT_PREPOSITIONS.contains(w) && particleWithin(m, verb.particle(), 3)) {
        m = skipTo(m, verb.particle());
        particleSeen = true; // "bracht aan het licht": the particle phrase, not an adjunct
        continue;
      }
      if (!particleSeen && word && (w.equals(verb.particle()) || verb.particle().equals("toe")
          && (w.equals("eraan") || w.equals("daaraan")))) {
        particleSeen = w.equals(verb.particle());
        m++;
        continue;
      }
      if (word && COMPLEMENT_PREPOSITIONS.contains(w) && d.isWord(m + 1) && d.lower(m + 1).equals("dat")) {
        m++; // "vermeldde er toen bij dat": a pronominal adverb's preposition
        continue;
      }
      if (word && COMPLEMENT_PREPOSITIONS.contains(w)) {
        NounPhrase object = phrases.read(m + 1, stop);
        if (object == null) {
          return null;
        }
        m = object.end();
        continue;
      }
      NounPhrase np = phrases.read(m, stop);
      if (np == null) {
        return null;
      }
      if (subject == null) {
        subject = np;
      } else if (verb.particle() != null && !objectSeen) {
        objectSeen = true;
      } else {
        return null;
      }
      m = np.end();
    }
    return null;
  }

  /** Verbs of saying or claiming that report with a {@code te} infinitive (the guidelines' list). */
  private static final Set<String> TE_VERBS = Set.of("zeggen", "beweren", "verklaren", "stellen", "melden",
      "aangeven");
  /** First words after the verb that make a {@code te} infinitive no report: an object, a particle. */
  private static final Set<String> TE_BLOCKERS = Set.of("hem", "haar", "hen", "hun", "ons", "mij", "me", "je",
      "jullie", "zich", "zichzelf", "voor", "toe", "mee", "vast", "aan", "het", "dat", "er");
  /** How far after the verb (and its subject) the {@code te} may stand. */
  private static final int MAX_TO_TE = 14;

  /**
   * {@code Hij zegt de brief nooit te hebben ontvangen}, {@code Van Loon zegt blij te zijn dat ...}: a verb of
   * saying with a {@code te} infinitive; the reported clause runs from after the verb (and an inverted
   * subject) to the sentence end. Not {@code stelde voor te ...} (a proposal) or {@code zei hem te gaan}.
   */
  private Found teInfinitive(int v, ReportingVerbs.Verb verb, NounPhrase before, int sentenceEnd) {
    if (!TE_VERBS.contains(verb.lemma()) || verb.particle() != null) {
      return null;
    }
    int m = locator.skipAdverbs(v + 1, sentenceEnd);
    NounPhrase subject = before;
    if (subject == null) {
      subject = phrases.read(m, sentenceEnd);
      if (subject == null || subject.kind() == NounPhrase.Kind.UNNAMED && !PersonNouns.isPersonNoun(subject.head())
          && !Words.SPOKESPERSONS.contains(subject.head())) {
        return null;
      }
      m = locator.skipAdverbs(subject.end(), sentenceEnd);
    }
    if (m >= sentenceEnd || !d.isWord(m) || TE_BLOCKERS.contains(d.lower(m))) {
      return null;
    }
    for (int k = m; k < sentenceEnd && k - m <= MAX_TO_TE; k++) {
      if (inDirect[k] || !d.isWord(k)) {
        return null; // punctuation first: not one clause
      }
      String w = d.lower(k);
      if (w.equals("te") && d.isLowerWord(k + 1) && d.lower(k + 1).endsWith("n")) {
        Found f = clause(m, sentenceEnd);
        if (f != null) {
          f.attribution = new Attribution(subject, locator.cue(v, verb), verb, v, Math.max(subject.end(), v + 1),
              verb.info());
        }
        return f;
      }
      boolean verbForm = Words.FINITE_VERBS.contains(w) && !Words.DETERMINERS.contains(w) || ReportingVerbs.isForm(w);
      if (w.equals("dat") || w.equals("of") || verbForm) {
        return null; // "zijn" is also a possessive: "een gevaar voor zijn omgeving te zijn"
      }
    }
    return null;
  }

  /** Time words of an adjunct between a verb and {@code dat} ({@code vorig jaar}, {@code deze week}). */
  private static final Set<String> TIME_WORDS = Set.of("vorig", "vorige", "afgelopen", "deze", "dit", "jaar",
      "week", "maand", "weekend", "eind", "begin", "half", "medio", "volgend", "volgende");

  private boolean particleWithin(int m, String particle, int distance) {
    for (int k = m + 1; k <= m + distance && k < d.size; k++) {
      if (d.isWord(k) && d.lower(k).equals(particle)) {
        return true;
      }
    }
    return false;
  }

  private int skipTo(int m, String particle) {
    int k = m + 1;
    while (!d.lower(k).equals(particle)) {
      k++;
    }
    return k + 1;
  }

  /** {@code Volgens X ...}, {@code ..., volgens X.}, {@code ... volgens X ...}. */
  private Found volgens(int k) {
    int sentenceEnd = d.sentenceEnd(k);
    NounPhrase speaker = objectPronoun(k + 1);
    if (speaker == null) {
      speaker = phrases.read(k + 1, sentenceEnd);
    }
    if (speaker == null || speaker.kind() == NounPhrase.Kind.UNNAMED && Words.NOT_A_SOURCE.contains(speaker.head())
        || speaker.isPronoun() && !Words.RESOLVABLE_PRONOUNS.contains(speaker.name())
        && !Words.OBJECT_PRONOUNS.contains(speaker.name())) {
      return null;
    }
    int first = d.sentenceStart(k);
    int afterPhrase = skipRelativeClause(speaker.end(), sentenceEnd);
    if (d.is(afterPhrase, ',')) {
      afterPhrase++;
    }
    Found f;
    boolean atStart = k == first || k == first + 1 && d.isWord(first) && Words.CLAUSE_OPENERS.contains(d.lower(first));
    if (atStart) {
      f = clause(afterPhrase, sentenceEnd);
    } else if (endsHere(speaker.end(), sentenceEnd)) {
      f = clauseBefore(first, d.is(k - 1, ',') ? k - 1 : k);
    } else {
      f = clause(first, sentenceEnd);
    }
    if (f != null) {
      f.attribution = new Attribution(speaker, "volgens", null, k, speaker.end(), true);
    }
    return f;
  }

  /** {@code , die aan de wieg stond,}: skips a relative clause between commas after a phrase. */
  private int skipRelativeClause(int k, int sentenceEnd) {
    int m = d.is(k, ',') ? k + 1 : k;
    if (!d.isWord(m) || !(d.lower(m).equals("die") || d.lower(m).equals("dat") || d.lower(m).equals("wie"))) {
      return k;
    }
    for (int stop = Math.min(sentenceEnd, m + 25); m < stop; m++) {
      if (d.is(m, ',')) {
        return m + 1;
      }
    }
    return k;
  }

  /** {@code hem}/{@code haar} after {@code volgens}: a pronoun to resolve. */
  private NounPhrase objectPronoun(int i) {
    if (!d.isWord(i) || !Words.OBJECT_PRONOUNS.contains(d.lower(i))) {
      return null;
    }
    if (d.lower(i).equals("haar") && d.isLowerWord(i + 1) && !Words.endsNounPhrase(d.lower(i + 1))) {
      return null; // "volgens haar advocaat": a possessive
    }
    Token t = d.token(i);
    return new NounPhrase(NounPhrase.Kind.PRONOUN, i, i + 1, d.lower(i), t.start(), t.end(), null, null, null,
        -1, -1);
  }

  /** {@code ..., zegt X.} / {@code ..., aldus X.}: the clause before the comma, cue at {@code cueToken}. */
  private Found trailing(int cueStart, int cueToken, String cue, ReportingVerbs.Verb verb) {
    int comma = cueStart - 1;
    if (comma < 1 || !d.is(comma, ',')) {
      return null;
    }
    int first = clauseStartBefore(comma);
    if (comma <= first || inDirect[comma - 1]) {
      return null;
    }
    int sentenceEnd = d.sentenceEnd(cueToken);
    NounPhrase speaker = phrases.read(locator.skipAdverbs(cueToken + 1, sentenceEnd), sentenceEnd);
    if (speaker != null && d.is(speaker.end(), ':') && speaker.end() + 1 < sentenceEnd
        && (verb == null || verb.kind() == ReportingVerbs.Kind.SPEECH)) {
      // "Maar dan doemt dat probleem op, waarschuwt Tertoolen: wegen raken verstopt." reports what follows
      Found f = clause(speaker.end() + 1, sentenceEnd);
      if (f != null) {
        f.attribution = new Attribution(speaker, cue, verb, cueToken, speaker.end(), verb == null || verb.info());
      }
      return f;
    }
    if (speaker == null || !tailOk(speaker.end(), sentenceEnd) || endsRelativeClause(first, comma)
        || isOnlyAQuestion(first, comma) || isOnlyAPhrase(locator.skipAdverbs(first, comma), comma)) {
      return null;
    }
    if (verb != null && verb.kind() == ReportingVerbs.Kind.MANNER && !endsHere(speaker.end(), sentenceEnd)) {
      return null; // "..., vraagt een tweede keer om meer tijd": no attribution, a main clause
    }
    Found f = clauseBefore(first, comma);
    if (f != null) {
      f.attribution = new Attribution(speaker, cue, verb, cueToken, speaker.end(), verb == null || verb.info());
    }
    return f;
  }

  /** {@code Dat meldt de BBC.}: the sentence before is what was reported. */
  private Found backPointer(int first, int v, ReportingVerbs.Verb verb) {
    int sentenceEnd = d.sentenceEnd(v);
    NounPhrase speaker = phrases.read(locator.skipAdverbs(v + 1, sentenceEnd), sentenceEnd);
    if (speaker == null || first == 0 || !tailOk(speaker.end(), sentenceEnd)) {
      return null;
    }
    int previousFirst = d.sentenceStart(first - 1);
    if (inDirect[first - 1] || d.token(first).paragraphStart() && first - previousFirst < 2) {
      return null;
    }
    Found f = clause(previousFirst, first);
    if (f != null) {
      f.attribution = new Attribution(speaker, locator.cue(v, verb), verb, v, speaker.end(), verb.info());
    }
    return f;
  }

  /** First token of the clause that ends at the comma: after the last colon or semicolon of the sentence. */
  private int clauseStartBefore(int comma) {
    int first = d.sentenceStart(comma);
    for (int k = comma - 1; k > first; k--) {
      if (d.is(k, ':') || d.is(k, ';')) {
        return k + 1;
      }
    }
    return first;
  }

  /** {@code Derksen, docent in Deventer, vindt ...}: the clause is the subject with an appositive, no report. */
  private boolean isOnlyAPhrase(int first, int comma) {
    NounPhrase np = phrases.read(first, comma);
    if (np == null || !np.isName() || np.end() < comma) {
      return false;
    }
    for (int k = first + 1; k < comma; k++) {
      if (d.is(k, ',')) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code Of Tusk dat bedoelde, weet hij niet}: the clause is just an indirect question, nothing is reported.
   * ({@code Of hij een motief had, valt niet uit te sluiten, zei ...} has a main clause after the question.)
   */
  private boolean isOnlyAQuestion(int first, int comma) {
    if (!d.isWord(first) || !QUESTION_WORDS.contains(d.lower(first))) {
      return false;
    }
    for (int k = first + 1; k < comma; k++) {
      if (d.is(k, ',') || d.is(k, ':')) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code May, die er niet in slaagde ..., vraagt}: the comma closes a relative clause of the subject, so the
   * verb after it is the main verb, not a trailing attribution.
   */
  private boolean endsRelativeClause(int first, int comma) {
    for (int k = comma - 1; k > first; k--) {
      if (d.is(k, ',')) {
        String w = d.isWord(k + 1) ? d.lower(k + 1) : "";
        return w.equals("die") || w.equals("dat") || w.equals("wie") || w.equals("welke") || w.equals("waar");
      }
    }
    return false;
  }

  /** After the speaker only a short adjunct may follow ({@code tegen de krant}), no new clause. */
  private boolean tailOk(int k, int sentenceEnd) {
    if (sentenceEnd - k > MAX_TAIL) {
      return false;
    }
    if (k < sentenceEnd && d.is(k, ',') && k + 1 < sentenceEnd && d.isWord(k + 1)
        && (Words.FINITE_VERBS.contains(d.lower(k + 1)) || ReportingVerbs.isForm(d.lower(k + 1)))) {
      return false; // "Normaal gesproken, zegt X, zit ze ...": an interjected attribution, the clause goes on
    }
    if (k < sentenceEnd && (d.is(k, ',') || d.isWord(k) && RELATIVE_PRONOUNS.contains(d.lower(k)))) {
      return true; // a relative clause or appositive after the speaker: "..., zegt X, die ..."
    }
    if (k < sentenceEnd && d.isWord(k) && !Words.endsNounPhrase(d.lower(k)) && !Words.isDayPart(d.lower(k))) {
      return false; // "..., vindt zo'n meldpunt laakbaar": an object follows, this is a main clause
    }
    for (int m = k; m < sentenceEnd; m++) {
      if (inDirect[m]) {
        return false;
      }
      String w = d.lower(m);
      if (d.isWord(m) && (w.equals("dat") || Words.FINITE_VERBS.contains(w) || ReportingVerbs.isForm(w))) {
        return false;
      }
    }
    return true;
  }

  private boolean endsHere(int k, int sentenceEnd) {
    while (k < sentenceEnd && (d.isTerminal(k) || d.isQuote(k) || d.is(k, ')'))) {
      k++;
    }
    return k >= sentenceEnd;
  }

  /** The reported clause [from, to) with final punctuation and dangling marks trimmed; null if empty. */
  private Found clause(int from, int to) {
    while (to > from && (d.isTerminal(to - 1) || d.is(to - 1, ',') || d.is(to - 1, ';') || d.is(to - 1, ':')
        || d.isQuote(to - 1) && !inDirect[to - 1])) {
      to--;
    }
    while (from < to && (d.is(from, ',') || d.isQuote(from) && !inDirect[from])) {
      from++;
    }
    if (to <= from) {
      return null;
    }
    Token a = d.token(from);
    Token b = d.token(to - 1);
    return new Found(a.start(), b.end(), d.text.substring(a.start(), b.end()), false, from, to - 1);
  }

  private Found clauseBefore(int first, int comma) {
    return clause(first, comma);
  }
}
