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
 * → {@code Ryan Dillon} when the recogniser or an earlier quote knows it), an unnamed phrase stays as written
 * unless it describes a person the article names ({@code de Franse president} → {@code Macron}, see
 * {@link RoleResolver}), and {@code hij}/{@code zij}/{@code ze} (with a singular verb) point to the most
 * salient person: the subject before the pronoun, else the subject of the sentence before, else the last
 * speaker of the last {@link #RECENT_SENTENCES} sentences, else the last person mentioned. A quote without
 * attribution gets its speaker from the context in the same way (see {@link #fromContext}). Gender is not
 * checked.
 */
final class SpeakerResolver {

  static final int RECENT_SENTENCES = 3;
  /** How many sentences back an unattributed quote looks for someone already quoted. */
  static final int CONTEXT_SENTENCES = 4;
  /**
   * How many sentences after the last quote of a person an unattributed quote with nobody else in view is still
   * theirs (interviews and portraits quote one person between stretches of narrative).
   */
  static final int PORTRAIT_SENTENCES = 8;
  /** How many pronouns a resolution may follow back ({@code Ze ... . Zij ... . Elly Winkel ...}). */
  private static final int MAX_PRONOUN_DEPTH = 3;
  /** How many written names a surname looks at. */
  private static final int MAX_WRITTEN_NAMES = 50;
  /** How many entity mentions back a surname is matched to a full name. */
  private static final int MAX_ENTITY_LOOKBACK = 200;

  /** A person quoted (or named) and where: the mention's char offset and sentence. */
  private record Person(String name, int sentence, int offset) {}

  /**
   * Whom a quote, pronoun or description refers to.
   *
   * @param start the mention's char offset, or -1 when it was reached through a pronoun
   * @param person a named person (a later {@code hij} may point to it), not an unnamed phrase
   */
  private record Referent(String name, String description, int start, int end, boolean person) {}

  /**
   * A speaker settled so far: the sentence of the mention (the subject of its reporting clause), the last
   * sentence the quotation reaches (a long quote keeps its speaker in view), and the mention's offset.
   */
  private record Speaker(Referent who, int sentence, int until, int offset) {}

  private final Doc d;
  private final NounPhraseReader phrases;
  private final List<Person> quoted = new ArrayList<>();
  private final List<Speaker> speakers = new ArrayList<>();
  private PersonMentions mentions;
  private RoleResolver roles;

  SpeakerResolver(Doc doc, NounPhraseReader phrases) {
    this.d = doc;
    this.phrases = phrases;
  }

  /** Fills the speaker fields of every found quotation; {@code all} must be in text order. */
  void resolve(List<Found> all) {
    boolean[] inQuote = new boolean[d.size];
    for (Found f : all) {
      if (f.direct) {
        for (int k = f.firstToken; k <= f.lastToken && k < d.size; k++) {
          inQuote[k] = true;
        }
      }
    }
    mentions = new PersonMentions(d, phrases, inQuote);
    roles = new RoleResolver(d, mentions);
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
      int sentence = d.sentence(np.first());
      switch (np.kind()) {
        case NAME -> {
          f.speaker = Outlets.isKnown(np.name()) ? Outlets.normalize(np.name()) : fullName(np);
          f.description = np.description();
          f.speakerStart = np.mentionStart();
          f.speakerEnd = np.mentionEnd();
          f.personSpeaker = isPerson(np);
          if (f.personSpeaker) {
            quoted.add(new Person(f.speaker, sentence, np.mentionStart()));
          }
        }
        case UNNAMED -> {
          f.speaker = np.name();
          f.speakerStart = np.mentionStart();
          f.speakerEnd = np.mentionEnd();
          Referent described = describedPerson(np, f);
          if (described != null) {
            f.speaker = described.name();
            f.description = described.description();
            f.personSpeaker = described.person();
            if (described.person()) {
              quoted.add(new Person(f.speaker, sentence, np.mentionStart()));
            }
          }
        }
        case PRONOUN -> {
          boolean resolvable = Words.RESOLVABLE_PRONOUNS.contains(np.name())
              || Words.OBJECT_PRONOUNS.contains(np.name());
          if (resolvable && !a.plural()) {
            // names inside the quotation itself do not count: "..., daar zorgt De Jonge voor", stelde hij
            Referent r = pronounReferent(np.first(), 0, f);
            if (r != null) {
              f.speaker = r.name();
              f.personSpeaker = r.person();
              if (r.person()) {
                quoted.add(new Person(r.name(), sentence, np.mentionStart()));
              }
            }
          }
        }
        default -> throw new AssertionError(np.kind());
      }
      if (f.speaker != null) {
        speakers.add(new Speaker(new Referent(f.speaker, f.description, f.speakerStart, f.speakerEnd,
            f.personSpeaker), sentence, Math.max(sentence, d.sentence(Math.min(f.lastToken, d.size - 1))),
            np.mentionStart()));
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
   * The speaker of an unattributed quote, from the narrative around it (Dutch news introduces a speaker and
   * then quotes without a verb: {@code Bianca van Santwijk staat op de kade. "..."}), in this order:
   *
   * <ol>
   *   <li>the subject of the quote's own sentence before it ({@code Ook Jansen is kritisch: "..."});
   *   <li>the subject of the sentence before: a person's name, an unnamed person ({@code Een buurman rende
   *       naar buiten}) or a pronoun for one, or the speaker of that sentence's attribution;
   *   <li>the latest speaker, or mention of someone already quoted, of the last {@link #CONTEXT_SENTENCES}
   *       sentences;
   *   <li>the latest named person of the last {@link #RECENT_SENTENCES} sentences;
   *   <li>the last person quoted, within {@link #PORTRAIT_SENTENCES} sentences.
   * </ol>
   *
   * A person named inside the quote itself is not its speaker. With nobody in view the speaker stays null.
   */
  private void fromContext(Found f) {
    int open = f.firstToken;
    int s = d.sentence(open);
    Referent r = null;
    if (d.sentenceStart(open) != open) {
      for (PersonMentions.Mention m : mentions.of(s)) {
        if (m.token() >= open) {
          break;
        }
        if (m.subjectLike()) {
          r = referent(m, 0, f);
          break;
        }
      }
    }
    if (r == null) {
      r = subjectReferent(s - 1, 0, f);
    }
    if (r == null) {
      r = quotedInView(s, f);
    }
    if (r == null) {
      r = latestMention(s, open, RECENT_SENTENCES, true, f);
    }
    if (r == null && !quoted.isEmpty()) {
      Person last = quoted.get(quoted.size() - 1);
      if (s - last.sentence() <= PORTRAIT_SENTENCES && !namedInside(f, last.name())) {
        r = new Referent(last.name(), null, -1, -1, true);
      }
    }
    if (r == null) {
      return;
    }
    f.speaker = r.name();
    f.description = r.description();
    f.speakerStart = r.start();
    f.speakerEnd = r.end();
    f.personSpeaker = r.person();
    if (r.person()) {
      quoted.add(new Person(r.name(), s, r.start() >= 0 ? r.start() : f.start));
    }
    speakers.add(new Speaker(r, s, Math.max(s, d.sentence(Math.min(f.lastToken, d.size - 1))), f.start));
  }

  /**
   * The person the pronoun at token t refers to: the subject before it in its sentence, the subject of the
   * sentence before, the last speaker of the last {@link #RECENT_SENTENCES} sentences, the last person
   * mentioned there, or the last person quoted. Names inside {@code quote} do not count.
   */
  private Referent pronounReferent(int t, int depth, Found quote) {
    int s = d.sentence(t);
    // an object pronoun is not its own clause's subject ("Een onbekende vroeg hem ..."): start one sentence back
    boolean object = Words.OBJECT_PRONOUNS.contains(d.lower(t)) && !Words.RESOLVABLE_PRONOUNS.contains(d.lower(t));
    for (PersonMentions.Mention m : object ? List.<PersonMentions.Mention>of() : mentions.of(s)) {
      if (m.token() >= t) {
        break;
      }
      if (m.subjectLike() && m.kind() != PersonMentions.Kind.PRONOUN && !namedInside(quote, m.name())) {
        return referent(m, depth, quote);
      }
    }
    Referent r = subjectReferent(s - 1, depth, quote);
    if (r != null) {
      return r;
    }
    // the later of the last speaker and the last subject of the last sentences
    int offset = d.token(t).start();
    Speaker speaker = null;
    for (int i = speakers.size() - 1; i >= 0; i--) {
      Speaker sp = speakers.get(i);
      if (s - sp.until() > RECENT_SENTENCES) {
        break;
      }
      if (sp.offset() < offset && !namedInside(quote, sp.who().name())) {
        speaker = sp;
        break;
      }
    }
    PersonMentions.Mention mention = latestSubjectMention(s + 1, t, RECENT_SENTENCES + 1, false, quote);
    if (mention != null && (speaker == null || mention.start() > speakerEnd(speaker))) {
      return referent(mention, MAX_PRONOUN_DEPTH, quote);
    }
    if (speaker != null) {
      return speaker.who();
    }
    // no subject in view: the last person mentioned at all ("eiste het aftreden van wethouder X. Ze schreef:")
    for (int ss = s; ss >= Math.max(0, s - RECENT_SENTENCES); ss--) {
      List<PersonMentions.Mention> list = mentions.of(ss);
      for (int k = list.size() - 1; k >= 0; k--) {
        PersonMentions.Mention m = list.get(k);
        if (m.token() < t && m.kind() != PersonMentions.Kind.PRONOUN && !namedInside(quote, m.name())) {
          return referent(m, MAX_PRONOUN_DEPTH, quote);
        }
      }
    }
    return quoted.isEmpty() ? null : new Referent(quoted.get(quoted.size() - 1).name(), null, -1, -1, true);
  }

  /**
   * The subject of sentence s: the speaker of its attribution, or its first mention that can be a subject
   * (a pronoun resolved in turn); null if s has none or it is named inside {@code quote}.
   */
  private Referent subjectReferent(int s, int depth, Found quote) {
    if (s < 0) {
      return null;
    }
    Speaker first = null;
    for (int i = speakers.size() - 1; i >= 0 && speakers.get(i).until() >= s; i--) { // text order: stop early
      Speaker sp = speakers.get(i);
      if (sp.sentence() == s && !namedInside(quote, sp.who().name())) {
        first = sp;
      }
    }
    if (first != null) {
      return first.who();
    }
    PersonMentions.Mention m = mentions.subject(s);
    if (m == null) {
      // no subject (a fragment, an imperative: "Vertel dat maar eens aan Elly Winkel."): its first person
      for (PersonMentions.Mention any : mentions.of(s)) {
        if (any.kind() != PersonMentions.Kind.PRONOUN) {
          m = any;
          break;
        }
      }
      if (m == null || hasVerbBefore(s, m.token())) {
        return null;
      }
    }
    if (m.kind() != PersonMentions.Kind.PRONOUN && namedInside(quote, m.name())) {
      return null;
    }
    if (m.kind() == PersonMentions.Kind.UNNAMED && isIndefinite(m) && depth < MAX_PRONOUN_DEPTH) {
      // "Een onbekende vroeg hem ...": a newcomer as subject, the topic goes on as the pronoun
      for (PersonMentions.Mention o : mentions.of(s)) {
        if (o.token() > m.token() && o.kind() == PersonMentions.Kind.PRONOUN && !o.subjectLike()) {
          Referent topic = pronounReferent(o.token(), depth + 1, quote);
          if (topic != null) {
            return throughPronoun(topic);
          }
        }
      }
    }
    return referent(m, depth, quote);
  }

  private boolean isIndefinite(PersonMentions.Mention m) {
    String first = d.lower(m.token());
    return first.equals("een") || first.equals("één");
  }

  /** A sentence with a finite verb before token t has a subject of its own (then t is an object). */
  private boolean hasVerbBefore(int s, int t) {
    for (int k = d.firstTokenOf(s); k < t; k++) {
      if (d.isLowerWord(k) && Words.FINITE_VERBS.contains(d.lower(k)) && !Words.DETERMINERS.contains(d.lower(k))) {
        return true;
      }
    }
    return false;
  }

  /** Step 3 of {@link #fromContext}: the latest speaker or mention of a quoted person in view. */
  private Referent quotedInView(int s, Found f) {
    Speaker latest = null;
    for (int i = speakers.size() - 1; i >= 0; i--) {
      Speaker sp = speakers.get(i);
      if (s - sp.until() > CONTEXT_SENTENCES) {
        break;
      }
      if (sp.offset() < f.start && !namedInside(f, sp.who().name())) {
        latest = sp;
        break;
      }
    }
    for (int ss = s - 1; ss >= Math.max(0, s - CONTEXT_SENTENCES); ss--) {
      if (latest != null && latest.until() > ss) {
        break; // the speaker is more recent than anything earlier
      }
      List<PersonMentions.Mention> list = mentions.of(ss);
      for (int k = list.size() - 1; k >= 0; k--) {
        PersonMentions.Mention m = list.get(k);
        if (m.kind() != PersonMentions.Kind.NAMED || latest != null && latest.until() == ss
            && m.start() < latest.offset()) {
          continue;
        }
        String name = mentionName(m);
        if (wasQuoted(name) && !namedInside(f, name)) {
          return new Referent(name, null, m.start(), m.end(), true);
        }
      }
    }
    return latest == null ? null : latest.who();
  }

  /**
   * The latest mention before token {@code before} in the {@code sentences} sentences ending with sentence
   * {@code end - 1}: named persons only when {@code namedOnly}, never pronouns.
   */
  private Referent latestMention(int end, int before, int sentences, boolean namedOnly, Found quote) {
    PersonMentions.Mention m = latestSubjectMention(end, before, sentences, namedOnly, quote);
    return m == null ? null : referent(m, MAX_PRONOUN_DEPTH, quote);
  }

  private PersonMentions.Mention latestSubjectMention(int end, int before, int sentences, boolean namedOnly,
      Found quote) {
    for (int ss = end - 1; ss >= Math.max(0, end - sentences); ss--) {
      List<PersonMentions.Mention> list = mentions.of(ss);
      for (int k = list.size() - 1; k >= 0; k--) {
        PersonMentions.Mention m = list.get(k);
        if (m.token() >= before || m.kind() == PersonMentions.Kind.PRONOUN || !m.subjectLike()
            || namedOnly && m.kind() != PersonMentions.Kind.NAMED || namedInside(quote, m.name())) {
          continue;
        }
        return m;
      }
    }
    return null;
  }

  /** Where the speaker's quotation (or mention) ends: a mention after it is more recent. */
  private int speakerEnd(Speaker sp) {
    int last = d.endTokenOf(Math.min(sp.until(), d.sentenceCount() - 1)) - 1;
    return last < 0 ? sp.offset() : Math.max(sp.offset(), d.token(last).start());
  }

  private Referent referent(PersonMentions.Mention m, int depth, Found quote) {
    return switch (m.kind()) {
      case PRONOUN -> depth >= MAX_PRONOUN_DEPTH ? null : throughPronoun(pronounReferent(m.token(), depth + 1, quote));
      case NAMED -> new Referent(mentionName(m), m.phrase() == null ? null : m.phrase().description(), m.start(),
          m.end(), true);
      case UNNAMED -> {
        Referent described = m.phrase() == null ? null : describedPerson(m.phrase(), quote);
        yield described != null ? described : new Referent(m.name(), null, m.start(), m.end(), false);
      }
    };
  }

  /** The referent as reached through a pronoun: same person, no mention offsets. */
  private static Referent throughPronoun(Referent r) {
    return r == null ? null : new Referent(r.name(), r.description(), -1, -1, r.person());
  }

  /**
   * {@code de Franse president} → {@code Macron}, {@code zijn woordvoerder} → {@code de woordvoerder van
   * Raymond Knops}: an unnamed phrase that describes someone the article names; null if it does not.
   */
  private Referent describedPerson(NounPhrase np, Found quote) {
    String determiner = d.lower(np.first());
    if (Words.OBJECT_PRONOUNS.contains(determiner) || determiner.equals("zijn")) {
      if (np.head() == null || np.end() - np.first() != 2 || !PersonNouns.isPersonNoun(np.head())) {
        return null;
      }
      Referent owner = pronounReferent(np.first(), 1, quote);
      if (owner == null || !owner.person()) {
        return null;
      }
      String phrase = "de " + d.span(np.first() + 1, np.end()) + " van " + owner.name();
      return new Referent(phrase, null, np.mentionStart(), np.mentionEnd(), false);
    }
    RoleResolver.Role role = roles.namedBy(np);
    if (role == null || namedInside(quote, role.name())) {
      return null;
    }
    String description = np.name();
    if (Words.DETERMINERS.contains(Doc.lowerCase(description.split(" ", 2)[0])) && description.indexOf(' ') > 0) {
      description = description.substring(description.indexOf(' ') + 1);
    }
    return new Referent(expand(role.name(), role.offset()), description, np.mentionStart(), np.mentionEnd(), true);
  }

  private String mentionName(PersonMentions.Mention m) {
    String name = m.phrase() != null ? fullName(m.phrase()) : expand(m.name(), m.start());
    if (name.length() > 3 && name.endsWith("s") && name.indexOf(' ') < name.length() - 2) {
      // a genitive ("Van Veldhovens plan", "Bijlevelds voorganger"): the person is the name without the s
      String bare = name.substring(0, name.length() - 1);
      String full = expand(bare, m.start());
      if (!full.equals(bare) || wasQuoted(bare)) {
        return full;
      }
      String lowerBare = Doc.lowerCase(bare);
      for (Person p : quoted) {
        String lower = Doc.lowerCase(p.name());
        if (lower.endsWith(" " + lowerBare) || lower.equals(lowerBare)) {
          return p.name();
        }
      }
    }
    return name;
  }

  private boolean wasQuoted(String name) {
    for (Person p : quoted) {
      if (p.name().equals(name)) {
        return true;
      }
    }
    return false;
  }

  /** The quote's own words name this person (a speaker does not call himself by his surname). */
  private static boolean namedInside(Found quote, String name) {
    if (quote == null || name == null || !quote.direct) {
      return false;
    }
    for (String part : name.split(" ")) {
      if (part.length() >= 3 && Character.isUpperCase(part.charAt(0)) && containsWord(quote.text, part)) {
        return true;
      }
    }
    return false;
  }

  private static boolean containsWord(String text, String word) {
    for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
      int e = i + word.length();
      boolean before = i == 0 || !Character.isLetter(text.charAt(i - 1));
      boolean after = e == text.length() || !Character.isLetter(text.charAt(e));
      if (before && after) {
        return true;
      }
    }
    return false;
  }

  /**
   * Person names written in the last {@link #RECENT_SENTENCES} sentences before the offset, latest first.
   * The fallback for surnames when the recogniser found no person.
   */
  private List<Person> writtenNamesBefore(int offset) {
    int token = tokenAt(offset);
    List<Person> out = new ArrayList<>();
    int sentence = d.sentence(token);
    for (int s = sentence; s >= 0 && sentence - s <= RECENT_SENTENCES && out.size() < MAX_WRITTEN_NAMES; s--) {
      List<PersonMentions.Mention> list = mentions.of(s);
      for (int k = list.size() - 1; k >= 0 && out.size() < MAX_WRITTEN_NAMES; k--) {
        PersonMentions.Mention m = list.get(k);
        if (m.kind() == PersonMentions.Kind.NAMED && m.end() <= offset) {
          out.add(new Person(m.phrase() != null ? m.phrase().name() : m.name(), s, m.start()));
        }
      }
    }
    return out;
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
    return expand(np.name(), np.mentionStart());
  }

  /** A surname written at {@code offset} as the full name quoted, recognised or written before it. */
  private String expand(String name, int offset) {
    int space = name.indexOf(' ');
    if (space >= 0) {
      // a headline glued to a surname in text without paragraph breaks ("Kringloop Borgmeijer weet")
      String first = Doc.lowerCase(name.substring(0, space));
      String rest = name.substring(space + 1);
      if (rest.indexOf(' ') < 0 && Words.isKnownLowercaseWord(first) && !Words.isFirstName(first)
          && !Words.PARTICLES.contains(first) && !Words.TITLES.contains(first)) {
        String full = expand(rest, offset);
        return full.equals(rest) ? name : full;
      }
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
      if (p.type() != EntityType.PER || p.start() >= offset) {
        continue;
      }
      seen++;
      String full = nameOf(p);
      if (full.endsWith(" " + name)) {
        return full;
      }
    }
    for (Person written : writtenNamesBefore(offset)) {
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
