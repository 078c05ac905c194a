package nl.kroniek.nlp.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.kroniek.model.fact.CitedSource;
import nl.kroniek.model.fact.Entity;
import nl.kroniek.model.fact.EntityType;

/**
 * Source cues that are not a speaker of their own: the medium a speaker talked to ({@code vertelde aan de
 * Guardian}, {@code zei tegen de BBC}, {@code Tegen persbureau Demirören zei hij}, {@code in een interview met
 * NRC}), the publisher of a finding ({@code blijkt uit onderzoek van het CBS}, {@code Uit nieuwe documenten
 * blijkt}), unnamed informants with their circle ({@code bronnen rond het kabinet}), and every {@code volgens
 * X} that no reported clause took (two in one sentence: {@code volgens de cijfers, volgens cijfers van TRT}).
 */
final class SourceCueFinder {

  private static final Set<String> TO_PREPOSITIONS = Set.of("aan", "tegen", "tegenover");
  private static final Set<String> SHOWS = Set.of("blijkt", "bleek", "blijken", "bleken");
  private static final Set<String> INFORMANTS = Set.of("bronnen", "bron", "ingewijden", "insiders");
  /** Words for a medium before its name: {@code de krant La Stampa}, {@code persbureau Demirören}. */
  private static final Set<String> OUTLET_NOUNS = Set.of("krant", "dagblad", "weekblad", "blad", "tijdschrift",
      "persbureau", "nieuwsagentschap", "zender", "tv-zender", "staatszender", "nieuwszender", "omroep",
      "staatsomroep", "televisiezender", "radiozender", "nieuwssite", "website", "site", "programma",
      "actualiteitenprogramma", "talkshow", "podcast", "magazine", "nieuwsdienst", "persdienst");
  /** How far after the speaker phrase its addressee is looked for. */
  private static final int MAX_ADDRESSEE_DISTANCE = 8;
  /** How many adverbs may stand between {@code bleek} and {@code uit} ({@code bleek deze week uit}). */
  private static final int MAX_SHOWS_GAP = 3;
  /** Longest relative clause between a finding and its verb ({@code Uit stukken die ... zijn opgevraagd blijkt}). */
  private static final int MAX_RELATIVE_TOKENS = 20;

  private final Doc d;
  private final NounPhraseReader phrases;
  private final boolean[] inDirect;
  /** For a cue token of an attribution, the index past its speaker phrase: the addressee comes after it. */
  private final int[] attributionEnd;
  /** Tokens that are the cue of an attribution already reported ({@code volgens} taken by a clause). */
  private final boolean[] usedCue;

  SourceCueFinder(Doc doc, NounPhraseReader phrases, List<Found> found) {
    this.d = doc;
    this.phrases = phrases;
    this.inDirect = new boolean[doc.size];
    this.attributionEnd = new int[doc.size];
    this.usedCue = new boolean[doc.size];
    for (Found f : found) {
      Attribution a = f.attribution;
      if (a != null && a.cueToken() < doc.size) {
        attributionEnd[a.cueToken()] = Math.max(attributionEnd[a.cueToken()], a.end());
        usedCue[a.cueToken()] = true;
      }
      if (f.direct) {
        for (int k = f.firstToken; k <= f.lastToken; k++) {
          inDirect[k] = true;
        }
      }
    }
  }

  List<CitedSource> find() {
    List<CitedSource> out = new ArrayList<>();
    for (int k = 0; k < d.size; k++) {
      if (inDirect[k] || !d.isWord(k)) {
        continue;
      }
      String w = d.lower(k);
      if (SHOWS.contains(w)) {
        finding(k, out);
      } else if (w.equals("uit") && (k == d.sentenceStart(k) || d.isCapitalised(k))) { // also after a headline
        findingFirst(k, out);
      } else if (INFORMANTS.contains(w)) {
        informants(k, out);
      } else if (w.equals("volgens") && !usedCue[k]) {
        volgens(k, out);
      } else if (w.equals("met") && k >= 1 && (d.lower(k - 1).equals("interview") || d.lower(k - 1).equals("gesprek"))) {
        medium(k + 1, d.lower(k - 1) + " met", true, out);
      } else if ((w.equals("tegen") || w.equals("tegenover")) && k == d.sentenceStart(k)) {
        leadingAddressee(k, out);
      } else if (ReportingVerbs.isForm(w) || w.equals("aldus")) {
        addressee(k, out);
      }
    }
    return out;
  }

  /** {@code vertelde aan de Guardian}, {@code zei hij tegen de BBC}, {@code aldus X later tegen de krant Y}. */
  private void addressee(int v, List<CitedSource> out) {
    if (!isSpeechCue(v)) {
      return;
    }
    int from = attributionEnd[v] > v ? attributionEnd[v] : v + 1;
    int stop = Math.min(d.sentenceEnd(v), from + MAX_ADDRESSEE_DISTANCE);
    for (int m = from; m < stop; m++) {
      if (inDirect[m] || d.isTerminal(m) || d.is(m, ':') || d.is(m, ';')) {
        return;
      }
      String w = d.lower(m);
      if (d.isWord(m) && w.equals("dat")) {
        return;
      }
      if (TO_PREPOSITIONS.contains(w)) {
        medium(m + 1, d.lower(v) + " " + w, !w.equals("aan"), out);
        return;
      }
    }
  }

  /** {@code Tegen persbureau Demirören zei hij dat ...}: the addressee before the verb. */
  private void leadingAddressee(int k, List<CitedSource> out) {
    NounPhrase phrase = phrases.read(k + 1, d.sentenceEnd(k));
    if (phrase == null) {
      return;
    }
    int v = phrase.end();
    if (v < d.size && isSpeechCue(v)) {
      medium(k + 1, d.lower(k) + " " + d.lower(v), true, out);
    }
  }

  /** The medium that starts at token np, if it is one (an organisation counts only when {@code orgOk}). */
  private void medium(int np, String cue, boolean orgOk, List<CitedSource> out) {
    NounPhrase phrase = phrases.read(np, d.sentenceEnd(Math.min(np, d.size - 1)));
    if (phrase != null && phrase.isName() && isMedium(phrase, orgOk)) {
      out.add(source(phrase.name(), phrase.mentionStart(), phrase.mentionEnd(), cue));
    }
  }

  /** A reporting verb of speech (with its particle when it needs one) or {@code aldus}. */
  private boolean isSpeechCue(int v) {
    if (!d.isWord(v)) {
      return false;
    }
    String w = d.lower(v);
    if (w.equals("aldus")) {
      return true;
    }
    for (ReportingVerbs.Verb verb : ReportingVerbs.lookup(w)) {
      if (verb.kind() == ReportingVerbs.Kind.SPEECH && (verb.particle() == null || hasParticle(v, verb.particle()))) {
        return true;
      }
    }
    return false;
  }

  private boolean hasParticle(int v, String particle) {
    for (int m = v + 1; m < d.sentenceEnd(v); m++) {
      if (d.isWord(m) && d.lower(m).equals(particle)) {
        return true;
      }
    }
    return false;
  }

  /** {@code blijkt uit onderzoek van het CBS}, {@code bleek deze week uit dat onderzoek}. */
  private void finding(int k, List<CitedSource> out) {
    int m = k + 1;
    int limit = d.sentenceEnd(k);
    while (m < limit && m - k <= MAX_SHOWS_GAP && d.isWord(m) && !d.lower(m).equals("uit")
        && (Words.ADVERBS.contains(d.lower(m)) || Words.NP_STOPS.contains(d.lower(m)) && !d.lower(m).equals("dat"))) {
      m++;
    }
    if (!d.isWord(m) || !d.lower(m).equals("uit")) {
      return;
    }
    int np = m + 1;
    if (d.isWord(np) && (d.lower(np).equals("dat") || d.lower(np).equals("die")) && d.isLowerWord(np + 1)) {
      np++; // "uit dat onderzoek": a demonstrative the phrase reader takes for a conjunction
    }
    publisher(phrases.read(np, limit), d.lower(k) + " uit", out);
  }

  /** {@code Uit onderzoek van het CBS blijkt}, also with a relative clause before the verb. */
  private void findingFirst(int k, List<CitedSource> out) {
    int limit = d.sentenceEnd(k);
    NounPhrase phrase = phrases.read(k + 1, limit);
    if (phrase == null || phrase.end() >= d.size) {
      return;
    }
    int v = phrase.end();
    if (!SHOWS.contains(d.lower(v))) {
      // "Uit stukken die ... zijn opgevraagd blijkt", "Uit onderzoek van RTL Nieuws, dat ..., blijkt"
      int m = d.is(v, ',') ? v + 1 : v;
      if (!d.isWord(m) || !(d.lower(m).equals("die") || d.lower(m).equals("dat"))) {
        return;
      }
      int stop = Math.min(limit, m + MAX_RELATIVE_TOKENS);
      while (m < stop && !SHOWS.contains(d.lower(m))) {
        m++;
      }
      if (m >= stop) {
        return;
      }
      v = m;
    }
    publisher(phrase, d.lower(v) + " uit", out);
  }

  private void publisher(NounPhrase phrase, String cue, List<CitedSource> out) {
    if (phrase == null) {
      return;
    }
    if (phrase.organisation() != null) {
      out.add(source(phrase.organisation(), phrase.organisationStart(), phrase.organisationEnd(), cue));
    } else if (phrase.isName()) {
      out.add(source(phrase.name(), phrase.mentionStart(), phrase.mentionEnd(), cue));
    } else if (phrase.kind() == NounPhrase.Kind.UNNAMED && NounPhraseReader.isDocumentNoun(phrase.head())) {
      out.add(source(withoutDemonstrative(phrase.name()), phrase.mentionStart(), phrase.mentionEnd(), cue));
    }
  }

  /** {@code volgens X} that no reported clause took: the source all the same. */
  private void volgens(int k, List<CitedSource> out) {
    NounPhrase phrase = phrases.read(k + 1, d.sentenceEnd(k));
    if (phrase == null || phrase.isPronoun() || phrase.kind() == NounPhrase.Kind.UNNAMED
        && (Words.NOT_A_SOURCE.contains(phrase.head()) || Words.isSelfReference(phrase.name()))) {
      return;
    }
    if (phrase.organisation() != null) {
      out.add(source(phrase.organisation(), phrase.organisationStart(), phrase.organisationEnd(), "volgens"));
    } else {
      out.add(source(phrase.name(), phrase.mentionStart(), phrase.mentionEnd(), "volgens"));
    }
  }

  /** {@code bronnen rond het kabinet}: an unnamed source with its circle. */
  private void informants(int k, List<CitedSource> out) {
    int first = k;
    if (k > 0 && d.isWord(k - 1) && Words.DETERMINERS.contains(d.lower(k - 1))) {
      first = k - 1;
    }
    if (!d.isWord(k + 1) || !Words.SOURCE_PREPOSITIONS.contains(d.lower(k + 1))) {
      return;
    }
    NounPhrase phrase = phrases.read(first, d.sentenceEnd(k));
    if (phrase == null || phrase.kind() != NounPhrase.Kind.UNNAMED || phrase.end() <= k + 2) {
      return;
    }
    String cue = first > 0 && d.isWord(first - 1) ? d.lower(first - 1) : d.lower(k);
    out.add(source(phrase.name(), phrase.mentionStart(), phrase.mentionEnd(), cue));
  }

  /**
   * A news medium: a known outlet, a name after a word for a medium ({@code de krant La Stampa}), or (when
   * {@code orgOk}) a recognised organisation or an acronym ({@code tegen ICIJ}). {@code schreef aan de Tweede
   * Kamer} is a letter to parliament, no medium.
   */
  private boolean isMedium(NounPhrase phrase, boolean orgOk) {
    if (Outlets.isKnown(phrase.name())) {
      return true;
    }
    String description = phrase.description();
    if (description != null) {
      String[] words = description.split("[ ,]+");
      if (OUTLET_NOUNS.contains(Doc.lowerCase(words[words.length - 1]))) {
        return true;
      }
    }
    if (!orgOk) {
      return false;
    }
    Entity e = d.entities.nameStartingIn(phrase.mentionStart(), phrase.mentionEnd());
    if (e != null) {
      return e.type() == EntityType.ORG && !e.text().contains("Kamer");
    }
    String mention = d.text.substring(phrase.mentionStart(), phrase.mentionEnd());
    return mention.length() >= 2 && mention.equals(mention.toUpperCase(Locale.ROOT));
  }

  /** {@code dat onderzoek} → {@code onderzoek}: a demonstrative only points back. */
  private static String withoutDemonstrative(String phrase) {
    for (String article : new String[] {"dat ", "dit ", "deze ", "die "}) {
      if (phrase.toLowerCase(Locale.ROOT).startsWith(article)) {
        return phrase.substring(article.length());
      }
    }
    return phrase;
  }

  private CitedSource source(String name, int start, int end, String cue) {
    return new CitedSource(Outlets.normalize(name), d.text.substring(start, end), cue, start, end);
  }
}
