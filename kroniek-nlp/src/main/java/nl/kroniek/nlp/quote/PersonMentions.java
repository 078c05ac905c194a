package nl.kroniek.nlp.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.kroniek.model.fact.Entity;

/**
 * The people a sentence mentions outside quotation marks, in text order: recognised persons, written names
 * ({@code Eva Jansen}, {@code Premier Rutte}), an unnamed subject that denotes a person ({@code Een buurman
 * rende naar buiten}) and the pronouns {@code hij}/{@code zij}/{@code ze}. Each mention says whether it can be
 * the sentence's subject: a mention inside a prepositional phrase ({@code het merkteken van de familie
 * Fugger}, {@code Tegen Cristiano Ronaldo}) cannot. Computed once per sentence.
 */
final class PersonMentions {

  enum Kind {
    NAMED, UNNAMED, PRONOUN
  }

  /**
   * One mention.
   *
   * @param name the recogniser's canonical name, the written name or phrase, or the lower-case pronoun
   * @param phrase the noun phrase when the mention was read as one (to expand a surname), else null
   */
  record Mention(Kind kind, String name, int token, int start, int end, boolean subjectLike, NounPhrase phrase) {}

  /** Prepositions whose object is no subject; {@code dan} for comparisons ({@code beter dan Jansen}). */
  private static final Set<String> PREPOSITIONS = Set.of("van", "aan", "met", "tegen", "voor", "bij", "op", "in",
      "over", "naar", "door", "uit", "om", "tot", "zonder", "namens", "tegenover", "na", "volgens", "dan",
      "achter", "onder", "naast", "tussen", "rond", "via", "sinds", "vanaf", "binnen", "buiten", "ondanks");
  /** Sentence openers before a subject: {@code Ook Jansen is kritisch}, {@code Maar de minister zwijgt}. */
  private static final Set<String> SUBJECT_OPENERS = Set.of("maar", "en", "want", "toch", "ook", "dus", "wel",
      "zelfs", "echter", "bovendien", "verder", "intussen", "inmiddels", "uiteindelijk", "tenslotte",
      "vervolgens", "daarna", "nu");
  /** Determiners that make a noun phrase relative to another person ({@code haar belager}). */
  private static final Set<String> POSSESSIVES = Set.of("zijn", "haar", "hun", "mijn", "onze", "ons", "uw",
      "diens", "wiens", "jouw", "je");
  /** How far back from a name a preposition is looked for, over articles, adjectives and titles. */
  private static final int MAX_PREPOSITION_DISTANCE = 5;

  private final Doc d;
  private final NounPhraseReader phrases;
  private final boolean[] inQuote;
  private final Map<Integer, List<Mention>> bySentence = new HashMap<>();
  /** Surnames written after a first name, initial or particle, with their first offset; built on first use. */
  private Map<String, Integer> surnames;

  /** @param inQuote per token: inside a direct quotation (its names are not mentions of the narrative) */
  PersonMentions(Doc doc, NounPhraseReader phrases, boolean[] inQuote) {
    this.d = doc;
    this.phrases = phrases;
    this.inQuote = inQuote;
  }

  /** The mentions of sentence number s, in text order (empty for an s outside the document). */
  List<Mention> of(int s) {
    if (s < 0 || s >= d.sentenceCount()) {
      return List.of();
    }
    List<Mention> cached = bySentence.get(s);
    if (cached == null) {
      cached = compute(d.firstTokenOf(s), d.endTokenOf(s));
      bySentence.put(s, cached);
    }
    return cached;
  }

  /** The first mention of sentence s that can be its subject, or null. */
  Mention subject(int s) {
    for (Mention m : of(s)) {
      if (m.subjectLike()) {
        return m;
      }
    }
    return null;
  }

  private List<Mention> compute(int first, int end) {
    List<Mention> out = new ArrayList<>();
    if (first >= end) {
      return out;
    }
    boolean[] covered = new boolean[end - first];
    for (Entity e : d.entities.personsStartingIn(d.token(first).start(), d.token(end - 1).end())) {
      int k = tokenAt(e.start(), first, end);
      if (k < 0 || inQuote[k] || namesAThing(k, first)) {
        continue;
      }
      String name = e.canonical() == null || e.canonical().isBlank() ? e.text() : e.canonical();
      out.add(new Mention(Kind.NAMED, name, k, e.start(), e.end(), !afterPreposition(k, first), null));
      for (int m = k; m < end && d.token(m).start() < e.end(); m++) {
        covered[m - first] = true;
      }
    }
    addOpeningPhrase(first, end, covered, out);
    addInvertedSubjects(first, end, covered, out);
    addWrittenNames(first, end, covered, out);
    for (int k = first; k < end; k++) {
      if (inQuote[k] || covered[k - first] || !d.isWord(k)) {
        continue;
      }
      String w = d.lower(k);
      if (Words.RESOLVABLE_PRONOUNS.contains(w)) {
        out.add(new Mention(Kind.PRONOUN, w, k, d.token(k).start(), d.token(k).end(), true, null));
      } else if (isObjectPronoun(k, end)) {
        out.add(new Mention(Kind.PRONOUN, w, k, d.token(k).start(), d.token(k).end(), false, null));
      }
    }
    out.sort(Comparator.comparingInt(Mention::token));
    return List.copyOf(out);
  }

  /** {@code hem}, or {@code haar} not followed by its noun ({@code vroeg haar}, not {@code haar paard}). */
  private boolean isObjectPronoun(int k, int end) {
    String w = d.lower(k);
    if (w.equals("hem")) {
      return true;
    }
    if (!w.equals("haar")) {
      return false;
    }
    int next = k + 1;
    return next >= end || !d.isWord(next) || Words.endsNounPhrase(d.lower(next))
        || ReportingVerbs.isForm(d.lower(next));
  }

  /** The noun phrase that opens the sentence (after {@code Ook}, {@code Maar}, ...): a person or a pronoun. */
  private void addOpeningPhrase(int first, int end, boolean[] covered, List<Mention> out) {
    int k = first;
    if (d.isWord(k) && SUBJECT_OPENERS.contains(d.lower(k))) {
      k++;
    }
    if (k >= end || inQuote[k] || covered[k - first]) {
      return;
    }
    NounPhrase np = phrases.read(k, end);
    if (np == null || np.end() >= end || d.isQuote(np.end()) || inQuote[Math.min(np.end(), end - 1)]) {
      return;
    }
    if (np.isPronoun()) {
      return; // pronouns are added with the others
    }
    if (np.isName()) {
      int nameToken = tokenAt(np.mentionStart(), k, end);
      if (nameToken >= 0 && !covered[nameToken - first] && looksLikePerson(np) && wordsOfAName(nameToken, np)) {
        out.add(new Mention(Kind.NAMED, np.name(), nameToken, np.mentionStart(), np.mentionEnd(), true, np));
        markCovered(nameToken, np.mentionEnd(), first, end, covered);
      }
      return;
    }
    // "Een buurman", "De woordvoerder", "Zijn advocaat", "Omwonenden": a determiner or a bare plural
    String opener = d.lower(k);
    boolean determined = Words.DETERMINERS.contains(opener) || POSSESSIVES.contains(opener);
    boolean barePlural = np.head() != null && np.first() == k && np.end() == k + 1
        && (opener.endsWith("en") || opener.endsWith("s"));
    if ((determined || barePlural) && np.head() != null && PersonNouns.isPersonNoun(np.head())
        && np.organisation() == null) {
      out.add(new Mention(Kind.UNNAMED, np.name(), k, np.mentionStart(), np.mentionEnd(), true, np));
    }
  }

  /**
   * A sentence-initial name the recogniser did not mark is a person's only if its words are not ordinary
   * words ({@code Kinderlichaam Vertel} is a headline glued to the sentence), and a single word only if it is
   * a family name or ends a full name written earlier ({@code Pappot} after {@code Arie Pappot}), not
   * {@code Aedes} or {@code Boekenweek}.
   */
  private boolean wordsOfAName(int nameToken, NounPhrase np) {
    if (d.entities.nameStartingIn(np.mentionStart(), np.mentionEnd()) != null) {
      return true;
    }
    if (np.name().indexOf(' ') < 0 && !Words.isFamilyName(Doc.lowerCase(np.name()))
        && !endsAWrittenName(np.name(), np.mentionStart())) {
      return false;
    }
    for (int m = nameToken; m < d.size && d.token(m).start() < np.mentionEnd(); m++) {
      String w = d.lower(m);
      if (d.isWord(m) && Words.isKnownLowercaseWord(w) && !Words.isFamilyName(w) && !Words.isFirstName(w)
          && !Words.PARTICLES.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The subject after {@code , VERB} where VERB reports ({@code ..., vindt ecoloog Berendse.}, {@code ...,
   * zegt hij}): the speaker of a view is in view for the quotes after it, even when no quotation was reported.
   */
  private void addInvertedSubjects(int first, int end, boolean[] covered, List<Mention> out) {
    for (int k = first + 1; k + 1 < end; k++) {
      if (!d.is(k, ',') || inQuote[k + 1] || !d.isLowerWord(k + 1) || !ReportingVerbs.isForm(d.lower(k + 1))) {
        continue;
      }
      int m = k + 2;
      while (m < end && d.isWord(m) && Words.ADVERBS.contains(d.lower(m))) {
        m++;
      }
      if (m >= end || covered[m - first] || inQuote[m]) {
        continue;
      }
      NounPhrase np = phrases.read(m, end);
      if (np == null) {
        continue;
      }
      int nameToken = tokenAt(np.mentionStart(), m, end);
      if (nameToken < 0 || covered[nameToken - first]) {
        continue;
      }
      if (np.isName() && looksLikePerson(np)) {
        out.add(new Mention(Kind.NAMED, np.name(), nameToken, np.mentionStart(), np.mentionEnd(), true, np));
        markCovered(nameToken, np.mentionEnd(), first, end, covered);
      } else if (np.kind() == NounPhrase.Kind.UNNAMED && np.head() != null && PersonNouns.isPersonNoun(np.head())
          && np.organisation() == null) {
        out.add(new Mention(Kind.UNNAMED, np.name(), m, np.mentionStart(), np.mentionEnd(), true, np));
        markCovered(m, np.mentionEnd(), first, end, covered);
      }
    }
  }

  /**
   * Written person names, for text without recogniser output: a first name (or initial) with a surname
   * ({@code Eva Jansen}), or a titled name that opens the sentence ({@code Premier Rutte sprak}).
   */
  private void addWrittenNames(int first, int end, boolean[] covered, List<Mention> out) {
    int k = first;
    while (k < end) {
      if (covered[k - first] || inQuote[k]) {
        k++;
        continue;
      }
      if (phrases.isNameWord(k) && !phrases.isNameWord(k - 1)
          && (!phrases.unreliableCapital(k) || k == first && Words.isFirstName(d.lower(k)))) {
        int nameEnd = phrases.nameEnd(k, end);
        boolean given = Words.isFirstName(d.lower(k)) || phrases.isInitial(k);
        String last = d.lower(nameEnd - 1);
        boolean commonNounLast = Words.isKnownLowercaseWord(last) && !Words.isFamilyName(last);
        boolean free = true;
        for (int m = k; m < nameEnd; m++) {
          free &= !covered[m - first] && !inQuote[m];
        }
        if (free && nameEnd - k >= 2 && given && !commonNounLast && !namesAThing(k, first)) { // not "Rai Vereniging"
          out.add(new Mention(Kind.NAMED, d.span(k, nameEnd), k, d.token(k).start(), d.token(nameEnd - 1).end(),
              !afterPreposition(k, first), null));
          markCovered(k, d.token(nameEnd - 1).end(), first, end, covered);
        }
        k = nameEnd;
        continue;
      }
      k++;
    }
  }

  /** Some {@code Firstname Surname} (or {@code J. Surname}, {@code van Surname}) before the offset ends so. */
  private boolean endsAWrittenName(String surname, int offset) {
    if (surnames == null) {
      surnames = new HashMap<>();
      for (int k = 1; k < d.size; k++) {
        String before = d.lower(k - 1);
        boolean given = phrases.isNameWord(k - 1) && (Words.isFirstName(before) || phrases.isInitial(k - 1))
            || d.isLowerWord(k - 1) && Words.PARTICLES.contains(before);
        if (given && d.isWord(k) && d.isCapitalised(k)) {
          surnames.putIfAbsent(d.token(k).text(), d.token(k).start());
        }
      }
    }
    Integer first = surnames.get(surname);
    return first != null && first < offset;
  }

  /** A name that is a person as far as the words tell: not an organisation, outlet or big place. */
  private boolean looksLikePerson(NounPhrase np) {
    Entity e = d.entities.nameStartingIn(np.mentionStart(), np.mentionEnd());
    if (e != null) {
      return e.type() == nl.kroniek.model.fact.EntityType.PER;
    }
    String name = np.name();
    int space = name.indexOf(' ');
    String firstWord = Doc.lowerCase(space < 0 ? name : name.substring(0, space));
    if (name.equals(name.toUpperCase(java.util.Locale.ROOT)) || Outlets.isKnown(name)
        || Words.ORGANISATION_WORDS.contains(firstWord)) {
      return false;
    }
    return space >= 0 || !Words.isBigPlace(name);
  }

  /**
   * {@code haar paard Hechicero}, {@code de website X}: a name right after a noun that is no person or title,
   * itself after a determiner, names that thing.
   */
  private boolean namesAThing(int k, int sentenceFirst) {
    int noun = k - 1;
    if (noun <= sentenceFirst || !d.isLowerWord(noun)) {
      return false;
    }
    String w = d.lower(noun);
    if (Words.TITLES.contains(w) || PersonNouns.isPersonNoun(w) || Words.endsNounPhrase(w) || ReportingVerbs.isForm(w)
        || Words.DETERMINERS.contains(w)) {
      return false;
    }
    for (int m = noun - 1; m >= sentenceFirst && noun - m <= 2; m--) {
      if (d.isWord(m) && (Words.DETERMINERS.contains(d.lower(m)) || POSSESSIVES.contains(d.lower(m)))) {
        return true;
      }
    }
    return false;
  }

  /** {@code van de toenmalige burgemeester Milo Schoenmaker}: a preposition before the name's modifiers. */
  private boolean afterPreposition(int k, int sentenceFirst) {
    int m = k - 1;
    for (int steps = 0; m >= sentenceFirst && steps < MAX_PREPOSITION_DISTANCE; m--, steps++) {
      if (!d.isWord(m)) {
        return false;
      }
      String w = d.lower(m);
      if (PREPOSITIONS.contains(w)) {
        return true;
      }
      boolean modifier = Words.DETERMINERS.contains(w) || Words.TITLES.contains(w) || w.equals("en")
          || d.isCapitalised(m) && !phrases.unreliableCapital(m) || w.endsWith("e") || PersonNouns.isPersonNoun(w);
      if (!modifier) {
        return false;
      }
    }
    return false;
  }

  private void markCovered(int from, int endChar, int first, int end, boolean[] covered) {
    for (int m = from; m < end && d.token(m).start() < endChar; m++) {
      covered[m - first] = true;
    }
  }

  /** Index of the token of [first, end) that starts at the char offset (or covers it), or -1. */
  private int tokenAt(int offset, int first, int end) {
    for (int k = first; k < end; k++) {
      if (d.token(k).end() > offset) {
        return d.token(k).start() <= offset + 1 ? k : -1;
      }
    }
    return -1;
  }
}
