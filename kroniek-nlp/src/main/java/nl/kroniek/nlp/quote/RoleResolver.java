package nl.kroniek.nlp.quote;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the named person a definite description stands for: {@code de Franse president} → the person the
 * article introduced as {@code de Franse president Emmanuel Macron}, {@code de bewindsman} → {@code minister
 * van Handel Anup Wadhawan}, {@code De vader} → {@code Vader Mehmet T.}. A candidate is a named person
 * mentioned earlier whose surrounding words (the titles before the name, an appositive after it) hold the
 * description's head noun, or a synonym, and every other content word of the description. The latest one
 * wins; with none the description stays as written.
 */
final class RoleResolver {

  /** A person named in the article: the name as mentioned and the mention's char offset. */
  record Role(String name, int offset) {}

  /** How many sentences back a description looks for its person. */
  private static final int MAX_SENTENCES_BACK = 50;
  /** Words before a name that describe it ({@code de Franse president}, {@code minister van Handel}). */
  private static final int MAX_TITLE_TOKENS = 6;
  private static final int MAX_APPOSITIVE_TOKENS = 8;

  private static final Set<String> DEFINITE = Set.of("de", "het", "deze");
  private static final Set<String> RELATIVES = Set.of("die", "dat", "wie", "welke", "waar", "wiens", "wier");
  private static final Set<String> FUNCTION_WORDS = Set.of("de", "het", "van", "der", "den", "een", "voor", "en",
      "in", "op", "bij");
  /** Descriptions for the same role under another word. */
  private static final Map<String, List<String>> SYNONYMS = Map.of(
      "bewindsman", List.of("minister", "staatssecretaris", "premier"),
      "bewindsvrouw", List.of("minister", "staatssecretaris", "premier"),
      "premier", List.of("minister-president", "premier"),
      "coach", List.of("trainer", "coach"),
      "burgervader", List.of("burgemeester"),
      "topman", List.of("ceo", "topman", "directeur", "bestuursvoorzitter"),
      "topvrouw", List.of("ceo", "topvrouw", "directeur", "bestuursvoorzitter"));

  private final Doc d;
  private final PersonMentions mentions;
  /** The describing words of each mention, by its char offset, computed once. */
  private final Map<Integer, Set<String>> contexts = new java.util.HashMap<>();

  RoleResolver(Doc doc, PersonMentions mentions) {
    this.d = doc;
    this.mentions = mentions;
  }

  /** The named person the unnamed phrase describes, or null. */
  Role namedBy(NounPhrase np) {
    if (np.kind() != NounPhrase.Kind.UNNAMED || np.head() == null || !DEFINITE.contains(d.lower(np.first()))
        || !PersonNouns.isPersonNoun(np.head()) || PersonNouns.isPlural(np.head()) || np.organisation() != null) {
      return null; // "de getuigen" is a group, not one named person
    }
    String head = np.head();
    Set<String> others = new HashSet<>();
    for (int k = np.first() + 1; k < np.end(); k++) {
      String w = d.lower(k);
      if (d.isWord(k) && !w.equals(head) && !FUNCTION_WORDS.contains(w)) {
        others.add(w);
      }
    }
    List<String> heads = SYNONYMS.getOrDefault(head, List.of(head));
    int s = d.sentence(np.first());
    for (int ss = s; ss >= 0 && s - ss <= MAX_SENTENCES_BACK; ss--) {
      List<PersonMentions.Mention> list = mentions.of(ss);
      for (int i = list.size() - 1; i >= 0; i--) {
        PersonMentions.Mention m = list.get(i);
        if (m.kind() != PersonMentions.Kind.NAMED || m.start() >= np.mentionStart()) {
          continue;
        }
        Set<String> context = contexts.computeIfAbsent(m.start(), k -> context(m));
        if (matchesHead(context, heads) && context.containsAll(others)) {
          return new Role(m.name(), m.start());
        }
      }
    }
    return null;
  }

  /**
   * The lower-case words describing the mention: titles before it ({@code de Franse president}, {@code minister
   * van Handel}) and an appositive after it ({@code , de vader van Gökmen,}). Not the words of a role held by
   * someone else: {@code de vader van Gökmen} does not describe Gökmen, nor does a relative clause.
   */
  private Set<String> context(PersonMentions.Mention m) {
    Set<String> words = new HashSet<>();
    int first = d.sentenceStart(m.token());
    int k = m.token() - 1;
    while (k >= first && d.isWord(k) && Words.DETERMINERS.contains(d.lower(k))) {
      k--;
    }
    boolean complement = k >= first && d.isWord(k) && d.lower(k).equals("van");
    for (; !complement && k >= first && m.token() - k <= MAX_TITLE_TOKENS; k--) {
      if (!d.isWord(k) || breaksDescription(k)) {
        break;
      }
      words.add(d.lower(k));
    }
    if (m.phrase() != null && m.phrase().description() != null) {
      for (String w : m.phrase().description().split("[ ,]+")) {
        words.add(Doc.lowerCase(w));
      }
    }
    k = m.token();
    int end = d.sentenceEnd(k);
    while (k < end && d.token(k).start() < m.end()) {
      k++;
    }
    if (k < end && (d.is(k, ',') || d.is(k, '('))) {
      for (int j = k + 1; j < end && j - k <= MAX_APPOSITIVE_TOKENS && d.isWord(j) && !breaksDescription(j); j++) {
        words.add(d.lower(j));
      }
    }
    return words;
  }

  /** A word that ends a description: a relative or personal pronoun, a verb, a preposition other than van. */
  private boolean breaksDescription(int k) {
    String w = d.lower(k);
    return RELATIVES.contains(w) || Words.PRONOUNS.contains(w) || Words.FINITE_VERBS.contains(w)
        || ReportingVerbs.isForm(w) || Words.NP_STOPS.contains(w) && !w.equals("van") && !w.equals("voor")
        && !Words.DETERMINERS.contains(w);
  }

  private static boolean matchesHead(Set<String> context, List<String> heads) {
    for (String w : context) {
      for (String h : heads) {
        if (w.equals(h) || w.length() > h.length() + 2 && w.endsWith(h)) {
          return true;
        }
      }
    }
    return false;
  }
}
