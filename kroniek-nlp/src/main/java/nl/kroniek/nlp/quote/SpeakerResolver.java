package nl.kroniek.nlp.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.kroniek.model.fact.Entity;
import nl.kroniek.model.fact.EntityType;

/**
 * Settles the speaker of each quotation in text order: a name becomes its full document name ({@code Dillon}
 * → {@code Ryan Dillon} when the recogniser or an earlier quote knows it), an unnamed phrase stays as written,
 * and {@code hij}/{@code zij}/{@code ze} (with a singular verb) point to the last fitting person: a person
 * quoted within the last {@link #RECENT_SENTENCES} sentences, else the last person the recogniser found
 * before the pronoun, else the last quoted person. Gender is not checked.
 */
final class SpeakerResolver {

  static final int RECENT_SENTENCES = 3;
  /** How many written names a pronoun or surname looks at. */
  private static final int MAX_WRITTEN_NAMES = 50;
  /** How many entity mentions back a surname is matched to a full name. */
  private static final int MAX_ENTITY_LOOKBACK = 200;

  /** A person quoted (or named) and where: the mention's char offset and sentence. */
  private record Person(String name, int sentence, int offset) {}

  private final Doc d;
  private final NounPhraseReader phrases;
  private final List<Person> quoted = new ArrayList<>();
  private final Map<Integer, List<int[]>> namesBySentence = new HashMap<>();
  private final Map<Integer, Integer> sentenceFirst = new HashMap<>();

  SpeakerResolver(Doc doc, NounPhraseReader phrases) {
    this.d = doc;
    this.phrases = phrases;
  }

  /** Fills the speaker fields of every found quotation; {@code all} must be in text order. */
  void resolve(List<Found> all) {
    Found previousQuote = null;
    for (Found f : all) {
      Attribution a = f.attribution;
      if (a == null) {
        if (f.direct) {
          if (!continues(previousQuote, f)) {
            fromContext(f);
          }
          previousQuote = f;
        }
        continue;
      }
      if (f.direct) {
        previousQuote = f;
      }
      NounPhrase np = a.speaker();
      switch (np.kind()) {
        case NAME -> {
          f.speaker = Outlets.isKnown(np.name()) ? Outlets.normalize(np.name()) : fullName(np);
          f.description = np.description();
          f.speakerStart = np.mentionStart();
          f.speakerEnd = np.mentionEnd();
          f.personSpeaker = isPerson(np);
          if (f.personSpeaker) {
            quoted.add(new Person(f.speaker, d.sentence(np.first()), np.mentionStart()));
          }
        }
        case UNNAMED -> {
          f.speaker = np.name();
          f.speakerStart = np.mentionStart();
          f.speakerEnd = np.mentionEnd();
        }
        case PRONOUN -> {
          boolean resolvable = Words.RESOLVABLE_PRONOUNS.contains(np.name())
              || Words.OBJECT_PRONOUNS.contains(np.name());
          if (resolvable && !a.plural()) {
            // names inside the quotation itself do not count: "..., daar zorgt De Jonge voor", stelde hij
            f.speaker = personBefore(Math.min(np.mentionStart(), f.start), d.sentence(np.first()));
            f.personSpeaker = f.speaker != null;
          }
        }
        default -> throw new AssertionError(np.kind());
      }
    }
  }

  /**
   * An unattributed quote right after another unattributed one whose speaker came from the context keeps
   * that speaker ({@code X is blij. "A." "B."}).
   */
  private boolean continues(Found previous, Found f) {
    if (previous == null || previous.attribution != null || previous.speaker == null
        || f.firstToken != previous.lastToken + 1 && d.sentenceEnd(previous.lastToken) != f.firstToken) {
      return false;
    }
    f.speaker = previous.speaker;
    f.description = previous.description;
    f.speakerStart = previous.speakerStart;
    f.speakerEnd = previous.speakerEnd;
    f.personSpeaker = previous.personSpeaker;
    return true;
  }

  /**
   * {@code Schwaab neemt de schuld op zich. "Het was mijn fout."}: an unattributed quote that opens the sentence
   * after one whose subject is a person already quoted in the article (or {@code hij}/{@code zij} for the
   * last one quoted) is given to that person.
   */
  private void fromContext(Found f) {
    int open = f.firstToken;
    if (open == 0 || d.sentenceStart(open) != open) {
      return;
    }
    int first = d.sentenceStart(open - 1);
    NounPhrase np = phrases.read(first, d.sentenceEnd(open - 1));
    if (np == null || np.end() >= d.size || !d.isLowerWord(np.end())) {
      return;
    }
    if (np.isName()) {
      String name = fullName(np);
      for (Person p : quoted) {
        if (p.name().equals(name)) {
          f.speaker = name;
          f.description = np.description();
          f.speakerStart = np.mentionStart();
          f.speakerEnd = np.mentionEnd();
          f.personSpeaker = true;
          quoted.add(new Person(name, d.sentence(first), np.mentionStart()));
          return;
        }
      }
    } else if (np.isPronoun() && Words.RESOLVABLE_PRONOUNS.contains(np.name()) && !quoted.isEmpty()) {
      Person recent = quoted.get(quoted.size() - 1);
      if (d.sentence(first) - recent.sentence() <= RECENT_SENTENCES) {
        f.speaker = recent.name();
        f.personSpeaker = true;
      }
    }
  }

  /**
   * The person a pronoun at {@code offset} (in {@code sentence}) points to: the last quoted person of the last
   * {@link #RECENT_SENTENCES} sentences, unless a person is named after that mention in this or the previous
   * sentence; else the last recognised or written person; else the last quoted person.
   */
  private String personBefore(int offset, int sentence) {
    Person recent = quoted.isEmpty() ? null : quoted.get(quoted.size() - 1);
    Person named = lastNamedBefore(offset);
    if (recent != null && sentence - recent.sentence() <= RECENT_SENTENCES) {
      boolean newer = named != null && named.offset() > recent.offset() && sentence - named.sentence() <= 1;
      return newer ? named.name() : recent.name();
    }
    if (named != null) {
      return named.name();
    }
    return recent == null ? null : recent.name();
  }

  /** The later of the last recognised person and the last written person name before the offset. */
  private Person lastNamedBefore(int offset) {
    Entity e = d.entities.lastPersonBefore(offset);
    Person entity = e == null ? null : new Person(nameOf(e), d.sentence(tokenAt(e.start())), e.start());
    List<Person> written = writtenNamesBefore(offset);
    Person text = written.isEmpty() ? null : written.get(0);
    if (entity == null) {
      return text;
    }
    return text != null && text.offset() > entity.offset() ? text : entity;
  }

  /**
   * Person names written in the last {@link #RECENT_SENTENCES} sentences before the offset, latest first: a
   * first name (or initial) with a surname ({@code Eva Jansen}), or a sentence subject with a title
   * ({@code Premier Rutte sprak}). The fallback when the recogniser found no person.
   */
  private List<Person> writtenNamesBefore(int offset) {
    int token = tokenAt(offset);
    List<Person> out = new ArrayList<>();
    int sentence = d.sentence(token);
    for (int s = sentence; s >= 0 && sentence - s <= RECENT_SENTENCES && out.size() < MAX_WRITTEN_NAMES; s--) {
      List<int[]> names = namesOfSentence(s, token);
      for (int k = names.size() - 1; k >= 0 && out.size() < MAX_WRITTEN_NAMES; k--) {
        int[] n = names.get(k);
        if (d.token(n[1] - 1).end() <= offset) {
          out.add(new Person(n[2] == 1 ? titledName(n[0]) : d.span(n[0], n[1]), s, d.token(n[0]).start()));
        }
      }
      token = sentenceFirstBefore(s);
      if (token < 0) {
        break;
      }
    }
    return out;
  }

  /** Index of some token of sentence s-1, or -1. */
  private int sentenceFirstBefore(int s) {
    Integer first = sentenceFirst.get(s);
    return first == null || first == 0 ? -1 : first - 1;
  }

  private String titledName(int first) {
    NounPhrase np = phrases.read(first, d.sentenceEnd(first));
    return np == null ? d.token(first).text() : np.name();
  }

  /** Name mentions [first, end, titled] in the sentence of token t, computed once per sentence. */
  private List<int[]> namesOfSentence(int s, int t) {
    List<int[]> cached = namesBySentence.get(s);
    if (cached != null) {
      return cached;
    }
    int first = d.sentenceStart(t);
    int end = d.sentenceEnd(t);
    sentenceFirst.put(s, first);
    List<int[]> names = new ArrayList<>();
    NounPhrase subject = phrases.read(first, end);
    int k = first;
    if (subject != null && subject.isName() && subject.description() != null && subject.end() < d.size
        && d.isLowerWord(subject.end()) && Words.TITLES.contains(Doc.lowerCase(subject.description()))) {
      names.add(new int[] {first, subject.end(), 1});
      k = subject.end();
    }
    while (k < end) {
      if (phrases.isNameWord(k) && !phrases.unreliableCapital(k) && !phrases.isNameWord(k - 1)) {
        int nameEnd = phrases.nameEnd(k, end);
        String lower = d.lower(k);
        boolean given = Words.isFirstName(lower) || phrases.isInitial(k);
        String last = d.lower(nameEnd - 1);
        boolean commonNounLast = Words.isKnownLowercaseWord(last) && !Words.isFamilyName(last);
        if (nameEnd - k >= 2 && given && !commonNounLast) { // not "Rai Vereniging"
          names.add(new int[] {k, nameEnd, 0});
        }
        k = nameEnd;
        continue;
      }
      if (k == first && phrases.isNameWord(k) && Words.isFirstName(d.lower(k)) && phrases.isNameWord(k + 1)) {
        int nameEnd = phrases.nameEnd(k, end);
        names.add(new int[] {k, nameEnd, 0});
        k = nameEnd;
        continue;
      }
      k++;
    }
    namesBySentence.put(s, names);
    return names;
  }

  private int tokenAt(int offset) {
    int lo = 0;
    int hi = d.size - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (d.token(mid).start() <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return Math.max(0, lo);
  }

  /** The document name for a name mention: the recogniser's canonical, or an earlier full name it ends. */
  private String fullName(NounPhrase np) {
    Entity e = d.entities.personCovering(np.mentionStart(), np.mentionEnd());
    if (e != null) {
      return nameOf(e);
    }
    String name = np.name();
    if (name.indexOf(' ') >= 0) {
      return name;
    }
    for (int i = quoted.size() - 1; i >= 0; i--) {
      String full = quoted.get(i).name();
      if (full.endsWith(" " + name)) {
        return full;
      }
    }
    List<Entity> all = d.entities.all();
    int seen = 0;
    for (int i = all.size() - 1; i >= 0 && seen < MAX_ENTITY_LOOKBACK; i--) {
      Entity p = all.get(i);
      if (p.type() != EntityType.PER || p.start() >= np.mentionStart()) {
        continue;
      }
      seen++;
      String full = nameOf(p);
      if (full.endsWith(" " + name)) {
        return full;
      }
    }
    for (Person written : writtenNamesBefore(np.mentionStart())) {
      if (written.name().endsWith(" " + name)) {
        return written.name();
      }
    }
    return name;
  }

  private boolean isPerson(NounPhrase np) {
    Entity e = d.entities.nameStartingIn(np.mentionStart(), np.mentionEnd());
    if (e != null) {
      return e.type() == EntityType.PER;
    }
    String name = np.name();
    boolean allCaps = name.equals(name.toUpperCase(Locale.ROOT));
    return !allCaps && !Outlets.isKnown(name) && (name.indexOf(' ') >= 0 || !Words.isBigPlace(name));
  }

  private static String nameOf(Entity e) {
    return e.canonical() == null || e.canonical().isBlank() ? e.text() : e.canonical();
  }
}
