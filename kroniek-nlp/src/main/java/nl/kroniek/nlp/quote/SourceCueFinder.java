package nl.kroniek.nlp.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.kroniek.model.fact.CitedSource;
import nl.kroniek.model.fact.Entity;
import nl.kroniek.model.fact.EntityType;

/**
 * Source cues that are not a speaker of their own: the outlet a speaker talked to ({@code vertelde aan de
 * Guardian}, {@code zei tegen de BBC}, {@code in een interview met NRC}), the publisher of a finding
 * ({@code blijkt uit onderzoek van het CBS}, {@code Uit cijfers van X blijkt}), and unnamed informants with
 * their circle ({@code bronnen rond het kabinet}).
 */
final class SourceCueFinder {

  private static final Set<String> TO_PREPOSITIONS = Set.of("aan", "tegen", "tegenover");
  private static final Set<String> SHOWS = Set.of("blijkt", "bleek", "blijken", "bleken");
  private static final Set<String> INFORMANTS = Set.of("bronnen", "bron", "ingewijden", "insiders");
  /** How far after a reporting verb its addressee is looked for. */
  private static final int MAX_ADDRESSEE_DISTANCE = 12;

  private final Doc d;
  private final NounPhraseReader phrases;
  private final boolean[] inDirect;
  /** For a cue token of an attribution, the index past its speaker phrase: the addressee comes after it. */
  private final int[] attributionEnd;

  SourceCueFinder(Doc doc, NounPhraseReader phrases, List<Found> found) {
    this.d = doc;
    this.phrases = phrases;
    this.inDirect = new boolean[doc.size];
    this.attributionEnd = new int[doc.size];
    for (Found f : found) {
      Attribution a = f.attribution;
      if (a != null && a.cueToken() < doc.size) {
        attributionEnd[a.cueToken()] = Math.max(attributionEnd[a.cueToken()], a.end());
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
      } else if (w.equals("uit") && k == d.sentenceStart(k)) {
        findingFirst(k, out);
      } else if (INFORMANTS.contains(w)) {
        informants(k, out);
      } else if (ReportingVerbs.isForm(w)) {
        addressee(k, out);
      }
    }
    return out;
  }

  /** {@code vertelde aan de Guardian}, {@code zei hij tegen de BBC}, {@code in een interview met NRC}. */
  private void addressee(int v, List<CitedSource> out) {
    ReportingVerbs.Verb[] verbs = ReportingVerbs.lookup(d.lower(v));
    if (verbs.length == 0 || verbs[0].kind() != ReportingVerbs.Kind.SPEECH) {
      return;
    }
    int stop = Math.min(d.sentenceEnd(v), v + MAX_ADDRESSEE_DISTANCE);
    int from = attributionEnd[v] > v ? attributionEnd[v] : v + 1;
    for (int m = from; m < stop; m++) {
      if (inDirect[m] || d.isTerminal(m) || d.is(m, ':') || d.is(m, ';')) {
        return;
      }
      String w = d.lower(m);
      if (d.isWord(m) && w.equals("dat")) {
        return;
      }
      String cue = null;
      int np = -1;
      if (TO_PREPOSITIONS.contains(w)) {
        cue = d.lower(v) + " " + w;
        np = m + 1;
      } else if (w.equals("met") && m >= 2 && (d.lower(m - 1).equals("interview") || d.lower(m - 1).equals("gesprek"))) {
        cue = d.lower(m - 1) + " met";
        np = m + 1;
      }
      if (np > 0) {
        NounPhrase phrase = phrases.read(np, stop + 4);
        if (phrase != null && phrase.isName() && isOutletLike(phrase)) {
          out.add(source(phrase.name(), phrase.mentionStart(), phrase.mentionEnd(), cue));
          return;
        }
      }
    }
  }

  /** {@code blijkt uit onderzoek van het CBS}. */
  private void finding(int k, List<CitedSource> out) {
    if (!d.isWord(k + 1) || !d.lower(k + 1).equals("uit")) {
      return;
    }
    NounPhrase phrase = phrases.read(k + 2, d.sentenceEnd(k));
    publisher(phrase, d.lower(k) + " uit", out);
  }

  /** {@code Uit onderzoek van het CBS blijkt}. */
  private void findingFirst(int k, List<CitedSource> out) {
    NounPhrase phrase = phrases.read(k + 1, d.sentenceEnd(k));
    if (phrase != null && phrase.end() < d.size && SHOWS.contains(d.lower(phrase.end()))) {
      publisher(phrase, d.lower(phrase.end()) + " uit", out);
    }
  }

  private void publisher(NounPhrase phrase, String cue, List<CitedSource> out) {
    if (phrase == null) {
      return;
    }
    if (phrase.organisation() != null) {
      out.add(source(phrase.organisation(), phrase.organisationStart(), phrase.organisationEnd(), cue));
    } else if (phrase.isName()) {
      out.add(source(phrase.name(), phrase.mentionStart(), phrase.mentionEnd(), cue));
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

  private boolean isOutletLike(NounPhrase phrase) {
    if (Outlets.isKnown(phrase.name())) {
      return true;
    }
    Entity e = d.entities.nameStartingIn(phrase.mentionStart(), phrase.mentionEnd());
    if (e != null) {
      return e.type() == EntityType.ORG;
    }
    String mention = d.text.substring(phrase.mentionStart(), phrase.mentionEnd());
    return mention.length() >= 2 && mention.equals(mention.toUpperCase(Locale.ROOT));
  }

  private CitedSource source(String name, int start, int end, String cue) {
    return new CitedSource(Outlets.normalize(name), d.text.substring(start, end), cue, start, end);
  }
}
