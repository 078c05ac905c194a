package nl.kroniek.nlp.quote;

import java.util.HashSet;
import java.util.Set;
import nl.kroniek.model.fact.Entity;
import nl.kroniek.model.fact.EntityType;
import nl.kroniek.nlp.token.QuoteRole;
import nl.kroniek.nlp.token.Token;
import nl.kroniek.nlp.token.TokenType;

/**
 * Reads the speaker or source noun phrase that starts at a token, left to right, with a small grammar:
 *
 * <pre>
 * phrase   = pronoun | [determiner] modifier* (name | head [pp]) [age] [pp] [", " appositive]
 * modifier = lower-case adjective | number | capitalised adjective (Amerikaanse) | title (kolonel)
 * name     = recogniser entity | capitalised words with particles (Jan van der Berg) | 'quoted name'
 * pp       = (van | namens) [determiner] words     -- and rond/binnen/bij after source nouns (bronnen)
 * </pre>
 *
 * An unnamed phrase may still get a name from an appositive ({@code de woordvoerder, Ryan Dillon,}) or a
 * naming relative clause ({@code de 26-jarige man die zichzelf Abu Saad liet noemen}). The phrase stops at
 * a stop word ({@code gisteren}, {@code tegen}, {@code dat}), a finite verb, punctuation, or after
 * {@link #MAX_TOKENS}. One reader serves one document.
 */
final class NounPhraseReader {

  /** Longest phrase looked at, in tokens; keeps the reader bounded on garbage. */
  static final int MAX_TOKENS = 24;

  private static final int MAX_NAME_TOKENS = 7;
  private static final int MAX_APPOSITIVE_TOKENS = 16;
  private static final int MAX_RELATIVE_TOKENS = 10;
  /** Words between a role and the name after it ({@code lijsttrekker voor de Eerste Kamer Paul ...}). */
  private static final int MAX_ROLE_COMPLEMENT = 6;

  private static final Set<String> NAMING_VERBS = Set.of("noemen", "noemt", "noemde", "noemden", "genoemd",
      "heet", "heten", "heette", "heetten", "noem");

  /** Lower-case heads that form an organisation's name with the name after them ({@code gemeente Utrecht}). */
  private static final Set<String> ORGANISATION_HEADS = Words.ORGANISATION_WORDS;

  /** Words inside organisation names after a capitalised common noun ({@code Partij voor de Dieren}). */
  private static final Set<String> ORG_CONNECTORS = Set.of("voor", "van", "tegen", "op", "en", "der");

  private static final Set<String> RELATIVES = Set.of("die", "dat", "wie", "waar", "waarvan", "waarmee",
      "welke");

  private static final Set<String> DOCUMENT_NOUNS = Set.of("onderzoek", "rapport", "cijfers", "gegevens",
      "peiling", "enquête", "studie", "analyse", "berekeningen", "berekening", "schattingen", "schatting",
      "data", "statistieken", "rapportage", "verslag", "brief", "verklaring", "persbericht", "documenten",
      "stukken");

  /** Staff of an organisation: as a source the organisation stands for them ({@code journalisten van Nieuwsuur}). */
  private static final Set<String> STAFF_NOUNS = Set.of("journalist", "journalisten", "verslaggever",
      "verslaggevers", "redacteur", "redacteuren", "redactie", "onderzoeker", "onderzoekers", "correspondent",
      "bestuur", "directie", "leiding", "medewerker", "medewerkers");

  static boolean isDocumentNoun(String lowerHead) {
    return DOCUMENT_NOUNS.contains(lowerHead);
  }

  private final Doc d;
  /** Words the document capitalises inside sentences: names, even when they are also words (Blom, Beer). */
  private Set<String> capitalisedInside;

  NounPhraseReader(Doc doc) {
    this.d = doc;
  }

  private Set<String> capitalisedInside() {
    if (capitalisedInside == null) {
      Set<String> words = new HashSet<>();
      for (int i = 0; i < d.size; i++) {
        Token t = d.token(i);
        if (t.type() == TokenType.WORD && t.isCapitalized() && !t.isAllCaps() && !unreliableCapital(i)) {
          words.add(d.lower(i));
        }
      }
      capitalisedInside = words;
    }
    return capitalisedInside;
  }

  /** The phrase starting at token {@code i}, within [i, limit) and its sentence; null if there is none. */
  NounPhrase read(int i, int limit) {
    if (i < 0 || i >= d.size) {
      return null;
    }
    limit = Math.min(Math.min(limit, d.sentenceEnd(i)), i + MAX_TOKENS);
    if (i >= limit) {
      return null;
    }
    String w = d.lower(i);
    if (d.isWord(i) && Words.PRONOUNS.contains(w)) {
      Token t = d.token(i);
      return new NounPhrase(NounPhrase.Kind.PRONOUN, i, i + 1, w, t.start(), t.end(), null, null, null, -1, -1);
    }
    if ((w.equals("een") || w.equals("één")) && d.isWord(i + 1) && d.lower(i + 1).equals("van") && i + 2 < limit) {
      return oneOf(i, limit);
    }
    NounPhrase possessive = possessive(i, limit);
    if (possessive != null) {
      return possessive;
    }
    int j = i;
    if (w.equals("'t") && d.isWord(j + 1) && d.token(j + 1).isCapitalized()) { // 't Hooft
      int end = nameEnd(j + 1, limit);
      return named(i, i, i, end, null, limit);
    }
    boolean surnamePrefix = d.token(j).isCapitalized() && !unreliableCapital(j) && isNameWord(j + 1);
    if (d.isWord(j) && Words.DETERMINERS.contains(w) && canFollowDeterminer(j + 1) && !surnamePrefix) {
      j++; // but "zegt De Beer": a capital article inside a sentence starts a surname
    }
    int preFirst = j;
    boolean sawHead = false;
    boolean inPp = false;
    boolean ppHasContent = false;
    int ppFirst = -1;
    int ppEnd = -1;
    String head = null;
    int nameFirst = -1;
    int nameEnd = -1;
    String entityName = null;
    while (j < limit) {
      Token t = d.token(j);
      int quoted = quotedNameEnd(j, limit);
      if (quoted > 0) {
        nameFirst = j + 1;
        nameEnd = quoted - 1;
        j = quoted;
        break;
      }
      Entity e = d.isWord(j) || t.type() == TokenType.URL || t.type() == TokenType.ABBREVIATION
          ? d.entities.nameStartingIn(t.start(), t.end()) : null;
      if (e != null && !inPp && !(unreliableCapital(j) && isNotANameAtStart(j) && !isTitle(j))) {
        nameFirst = j;
        nameEnd = tokenAfter(e.end(), j, limit);
        entityName = e.canonical() == null || e.canonical().isBlank() ? e.text() : e.canonical();
        j = nameEnd;
        break;
      }
      if (e != null && inPp && ppHasContent && e.type() == EntityType.PER) {
        nameFirst = j; // "minister van Financiën Wopke Hoekstra"
        nameEnd = tokenAfter(e.end(), j, limit);
        entityName = e.canonical() == null || e.canonical().isBlank() ? e.text() : e.canonical();
        ppEnd = j;
        j = nameEnd;
        break;
      }
      if (e != null && inPp) { // an organisation inside the prepositional phrase: "woordvoerder van de NAVO"
        int after = tokenAfter(e.end(), j, limit);
        ppHasContent = true;
        ppEnd = after;
        j = after;
        continue;
      }
      if (isNameWord(j)) {
        if (isCapitalisedAdjective(j)) {
          j++;
          continue;
        }
        if (isCommonNounAfterArticle(j, i)) { // "een Applebestuurder", "de Arnhemse"
          head = d.lower(j);
          sawHead = true;
          j++;
          continue;
        }
        if (isTitle(j) && isNameWord(j + 1)) {
          j++;
          sawHead = true;
          continue;
        }
        if (isRoleCompound(j)) {
          head = d.lower(j);
          sawHead = true;
          j++;
          continue;
        }
        int end = nameEnd(j, limit);
        if (end < limit && isRoleCompound(end) && !inPp) {
          j = end + 1; // "Mars One-directeur Bas Lansdorp": organisation and role describe the name after them
          sawHead = true;
          head = d.lower(end);
          continue;
        }
        int split = firstNameSplit(j, end);
        if (inPp && ppHasContent && split < 0 && end - j >= 2 && Words.isFirstName(d.lower(j))) {
          split = j; // "officier van justitie Marloes Kramer": the name after the role's complement
        }
        if (inPp && split < 0) { // the object of "van": an organisation or a person, not the speaker
          ppHasContent = true;
          ppEnd = end;
          j = end;
          continue;
        }
        if (inPp) {
          ppEnd = split;
        }
        nameFirst = split >= 0 ? split : j;
        nameEnd = end;
        j = end;
        break;
      }
      if (t.type() == TokenType.NUMBER || t.type() == TokenType.ORDINAL
          || t.type() == TokenType.ABBREVIATION && isTitle(j)) {
        j++; // a count or a title: a modifier ("twee getuigen", "dhr. Smit")
        if (!inPp) {
          sawHead |= t.type() == TokenType.ABBREVIATION;
        }
        continue;
      }
      if (lowerLike(j)) {
        String lw = d.lower(j);
        boolean sourcePrep = Words.SOURCE_PREPOSITIONS.contains(lw) && head != null
            && Words.SOURCE_NOUNS.contains(head);
        if (!inPp && sawHead && (Words.NP_PREPOSITIONS.contains(lw) || sourcePrep)
            && (d.isWord(j + 1) || d.isQuote(j + 1))) {
          inPp = true;
          ppFirst = j + 1;
          j++;
          if (Words.DETERMINERS.contains(d.lower(j)) && d.isWord(j + 1)) {
            ppFirst = j + 1;
            j++;
          }
          continue;
        }
        if (j == i && Words.CLAUSE_OPENERS.contains(lw) && !Words.DETERMINERS.contains(lw)) {
          break; // "Hoewel hij ...": a conjunction, no head noun
        }
        // a verb form right after an article is a noun: "een bekende" (not "bekende" of bekennen)
        boolean nounAfterArticle = j == preFirst && preFirst > i && ReportingVerbs.isForm(lw)
            && !Words.endsNounPhrase(lw) && lw.endsWith("e");
        if (Words.endsNounPhrase(lw) || ReportingVerbs.isForm(lw) && !nounAfterArticle || Words.PRONOUNS.contains(lw)
            || Words.DETERMINERS.contains(lw) && (!inPp || ppHasContent)) {
          break;
        }
        if (Words.DETERMINERS.contains(lw)) {
          j++;
          continue;
        }
        if (lw.endsWith("-") && j + 2 < limit && (d.lower(j + 1).equals("en") || d.lower(j + 1).equals("of"))
            && d.isLowerWord(j + 2)) {
          j += 2; // "de olie- en gasreus": one head
          lw = d.lower(j);
        }
        if (inPp) {
          if (ppHasContent && !isAdjectiveLike(d.lower(j - 1))) {
            break;
          }
          ppHasContent = true;
          ppEnd = j + 1;
          j++;
          continue;
        }
        if (sawHead && head != null && !isAdjectiveLike(head)) {
          int name = nameAfterRole(j, limit);
          if (name > j) { // "speciaal aanklager Robert Mueller", "lijsttrekker voor de Eerste Kamer Paul Rosenmöller"
            j = name;
            continue;
          }
          if (Words.TITLES.contains(head) && endsHere(j + 1, limit)) {
            j++; // the field of a role: "de emeritus hoogleraar strafrecht"
          }
          break; // two nouns in a row: the phrase ended ("de man steeds")
        }
        head = lw;
        sawHead = true;
        j++;
        continue;
      }
      break;
    }
    if (nameFirst >= 0) {
      return named(i, preFirst, nameFirst, nameEnd, entityName, limit);
    }
    if (inPp && !ppHasContent) { // "van" without an object
      j = ppFirst - 1;
      while (j > preFirst && Words.DETERMINERS.contains(d.lower(j - 1))) {
        j--;
      }
      inPp = false;
    }
    if (!sawHead || j <= preFirst || head != null && QUANTIFIERS.contains(head)) {
      return null; // no noun: "volgens drie bij het gesprek aanwezige bronnen" is beyond this grammar
    }
    return unnamed(i, j, head, inPp ? ppFirst : -1, inPp ? ppEnd : -1, limit);
  }

  /** Words for "them" after {@code een van}: the group is named earlier ({@code De snorfietsers ... een van hen}). */
  private static final Set<String> GROUP_PRONOUNS = Set.of("hen", "hun", "ons", "jullie", "hem");

  /**
   * {@code een van de snorfietsers}, {@code een van hen}: one member of a group, as an unnamed phrase whose head
   * is the group's; {@code hen} takes the group from the plural subject of this or the previous sentence.
   */
  private NounPhrase oneOf(int i, int limit) {
    int k = i + 2;
    if (d.isWord(k) && GROUP_PRONOUNS.contains(d.lower(k))) {
      NounPhrase group = pluralSubjectBefore(i);
      Token t = d.token(i);
      String name = group == null ? lowerFirstIfUnreliable(i, d.span(i, k + 1))
          : lowerFirstIfUnreliable(i, d.span(i, i + 2)) + " " + lowerFirstIfUnreliable(group.first(), group.name());
      return new NounPhrase(NounPhrase.Kind.UNNAMED, i, k + 1, name, t.start(), d.token(k).end(), null,
          group == null ? null : group.head(), null, -1, -1);
    }
    NounPhrase group = read(k, limit);
    if (group == null || group.kind() != NounPhrase.Kind.UNNAMED || group.head() == null) {
      return null;
    }
    return new NounPhrase(NounPhrase.Kind.UNNAMED, i, group.end(), lowerFirstIfUnreliable(i, d.span(i, group.end())),
        d.token(i).start(), d.token(group.end() - 1).end(), null, group.head(), group.organisation(),
        group.organisationStart(), group.organisationEnd());
  }

  /** The unnamed plural phrase that opens the sentence of token i (or the one before), or null. */
  private NounPhrase pluralSubjectBefore(int i) {
    int start = d.sentenceStart(i);
    for (int round = 0; round < 2 && start >= 0; round++) {
      boolean oneOf = d.isWord(start + 1) && d.lower(start + 1).equals("van"); // no chains of "een van hen"
      if (start < i && !oneOf) {
        NounPhrase np = read(start, i);
        if (np != null && np.kind() == NounPhrase.Kind.UNNAMED && np.head() != null
            && (np.head().endsWith("en") || np.head().endsWith("s"))) {
          return np;
        }
      }
      start = start == 0 ? -1 : d.sentenceStart(start - 1);
    }
    return null;
  }

  private NounPhrase named(int first, int preFirst, int nameFirst, int nameEnd, String entityName, int limit) {
    if (nameFirst > preFirst && d.isLowerWord(nameFirst - 1) && ORGANISATION_HEADS.contains(d.lower(nameFirst - 1))
        && entityName == null) {
      nameFirst--; // "de gemeente Utrecht": the head belongs to the organisation's name
    }
    StringBuilder description = new StringBuilder();
    if (nameFirst > preFirst) {
      int end = nameFirst;
      if (d.isQuote(end - 1)) {
        end--;
      }
      while (end > preFirst && (d.is(end - 1, ',') || d.isDash(end - 1))) {
        end--;
      }
      if (end > preFirst) {
        description.append(lowerFirstIfUnreliable(preFirst, d.span(preFirst, end)));
      }
    }
    int k = nameEnd;
    if (d.isQuote(k) && d.isQuote(nameFirst - 1)) {
      k++;
    }
    k = skipParenthetical(k, limit);
    if (k + 1 < limit && d.lower(k).equals("en") && isNameWord(k + 1) && !unreliableCapital(k + 1)) {
      k = skipParenthetical(nameEnd(k + 1, limit), limit); // "Van Engelshoven en Slob": the first one speaks for both
    }
    if (k < limit && d.lower(k).equals("van") && d.isWord(k + 1)) {
      int ppEnd = prepositionalPhraseEnd(k + 1, limit);
      if (ppEnd > k + 1) {
        if (description.isEmpty()) {
          description.append(d.span(k, ppEnd));
        } else {
          description.append(' ').append(d.span(k, ppEnd));
        }
        k = ppEnd;
      }
    }
    if (d.is(k, ',') && appositiveStarts(k + 1, limit)) {
      int end = appositiveEnd(k + 1, limit);
      append(description, d.span(k + 1, end));
      k = end;
    }
    Token firstName = d.token(nameFirst);
    Token lastName = d.token(nameEnd - 1);
    String name = entityName != null ? entityName : d.text.substring(firstName.start(), lastName.end());
    return new NounPhrase(NounPhrase.Kind.NAME, first, k, name, firstName.start(), lastName.end(),
        description.isEmpty() ? null : description.toString(), null, null, -1, -1);
  }

  private NounPhrase unnamed(int first, int end, String head, int ppFirst, int ppEnd, int limit) {
    String phrase = lowerFirstIfUnreliable(first, d.span(first, end));
    // A name after all: "de woordvoerder, Ryan Dillon," or "de man die zichzelf Abu Saad liet noemen".
    int[] named = parentheticalName(end, limit);
    if (named == null) {
      named = appositiveName(end, limit);
    }
    if (named == null) {
      named = relativeClauseName(end, limit);
    }
    int descFirst = first;
    if (Words.DETERMINERS.contains(d.lower(first)) && descFirst + 1 < end) {
      descFirst++;
    }
    if (named != null) {
      Token a = d.token(named[0]);
      Token b = d.token(named[1] - 1);
      Entity e = d.entities.personCovering(a.start(), b.end());
      String name = e != null && e.canonical() != null && !e.canonical().isBlank() ? e.canonical()
          : d.text.substring(a.start(), b.end());
      return new NounPhrase(NounPhrase.Kind.NAME, first, named[2], name, a.start(), b.end(),
          lowerFirstIfUnreliable(descFirst, d.span(descFirst, end)), null, null, -1, -1);
    }
    String organisation = null;
    int orgStart = -1;
    int orgEnd = -1;
    if (ppFirst >= 0 && ppEnd > ppFirst && head != null
        && (Words.SPOKESPERSONS.contains(head) || DOCUMENT_NOUNS.contains(head) || STAFF_NOUNS.contains(head))) {
      int from = ppFirst;
      if (Words.DETERMINERS.contains(d.lower(from - 1)) && from - 1 > first) {
        from--; // "de politie": keep the article in the mention, normalisation strips it
      }
      organisation = d.span(from, ppEnd);
      orgStart = d.token(from).start();
      orgEnd = d.token(ppEnd - 1).end();
    }
    return new NounPhrase(NounPhrase.Kind.UNNAMED, first, end, phrase, d.token(first).start(),
        d.token(end - 1).end(), null, head, organisation, orgStart, orgEnd);
  }

  /**
   * Where a person's name (a first name and a surname, or a recognised person) starts within a few words after
   * a role, with only words between; -1 if none. Lets a role keep its complement ({@code hoogleraar
   * gezondheidsrecht Martin Buijsen}).
   */
  private int nameAfterRole(int j, int limit) {
    int stop = Math.min(limit, j + MAX_ROLE_COMPLEMENT);
    for (int m = j; m < stop; m++) {
      Token t = d.token(m);
      if (t.type() != TokenType.WORD) {
        return -1;
      }
      String lw = d.lower(m);
      if (d.isLowerWord(m) && (ReportingVerbs.isForm(lw) || Words.FINITE_VERBS.contains(lw) || RELATIVES.contains(lw)
          || Words.PRONOUNS.contains(lw))) {
        return -1;
      }
      Entity e = d.entities.nameStartingIn(t.start(), t.end());
      boolean person = e != null ? e.type() == EntityType.PER
          : isNameWord(m) && Words.isFirstName(lw) && isNameWord(m + 1);
      if (person) {
        return m;
      }
    }
    return -1;
  }

  /** Nothing of the phrase can follow token k: punctuation, a stop word, the limit. */
  private boolean endsHere(int k, int limit) {
    return k >= limit || d.token(k).type() == TokenType.PUNCT || d.isQuote(k)
        || d.isLowerWord(k) && Words.endsNounPhrase(d.lower(k));
  }

  /**
   * {@code woordvoerster (Y. Koenders) van de omwonenden}: a person's name in brackets right after the role
   * (a first name or initial first; not an acronym such as {@code (OM)}): [nameFirst, nameEnd, phraseEnd], or
   * null.
   */
  private int[] parentheticalName(int k, int limit) {
    if (!d.is(k, '(') || !(isInitial(k + 1) || Words.isFirstName(d.lower(k + 1)) && isNameWordIgnoringStart(k + 1))) {
      return null;
    }
    int m = k + 1;
    while (m < limit && m - k <= MAX_NAME_TOKENS && !d.is(m, ')')) {
      if (!isNameWordIgnoringStart(m) && !isInitial(m) && !(d.isLowerWord(m) && Words.PARTICLES.contains(d.lower(m)))) {
        return null;
      }
      m++;
    }
    if (m >= limit || !d.is(m, ')') || m == k + 1) {
      return null;
    }
    int end = m + 1;
    if (end < limit && d.lower(end).equals("van") && d.isWord(end + 1)) {
      end = Math.max(end, prepositionalPhraseEnd(end + 1, limit));
    }
    return new int[] {k + 1, m, end};
  }

  /** {@code , Ryan Dillon,}: [nameFirst, nameEnd, phraseEnd], or null. */
  private int[] appositiveName(int k, int limit) {
    if (!d.is(k, ',') || !isNameWord(k + 1) || unreliableCapital(k + 1)) {
      return null;
    }
    Token t = d.token(k + 1);
    Entity e = d.entities.nameStartingIn(t.start(), t.end());
    int end = e != null ? tokenAfter(e.end(), k + 1, limit) : nameEnd(k + 1, limit);
    if (end >= limit || d.is(end, ',') || d.isTerminal(end) || d.is(end, ':') || d.isQuote(end)) {
      return new int[] {k + 1, end, end};
    }
    return null;
  }

  /** {@code die zichzelf Abu Saad liet noemen}: [nameFirst, nameEnd, clauseEnd], or null. */
  private int[] relativeClauseName(int k, int limit) {
    if (d.is(k, ',')) {
      k++;
    }
    if (k >= limit || !d.lower(k).equals("die")) {
      return null;
    }
    int stop = Math.min(limit, k + 1 + MAX_RELATIVE_TOKENS);
    int nameFirst = -1;
    int nameEnd = -1;
    boolean naming = false;
    int m = k + 1;
    for (; m < stop && !d.isClauseBreak(m); m++) {
      if (NAMING_VERBS.contains(d.lower(m))) {
        naming = true;
      } else if (nameFirst < 0 && isNameWord(m) && !isCapitalisedAdjective(m)) {
        Token t = d.token(m);
        Entity e = d.entities.nameStartingIn(t.start(), t.end());
        nameFirst = m;
        nameEnd = e != null ? tokenAfter(e.end(), m, stop) : nameEnd(m, stop);
        m = nameEnd - 1;
      }
    }
    return naming && nameFirst >= 0 ? new int[] {nameFirst, nameEnd, m} : null;
  }

  /** After {@code 'The Guardian'}: the index past the closing mark when [j] opens a short quoted name. */
  private int quotedNameEnd(int j, int limit) {
    if (!d.isQuote(j) || d.token(j).quoteRole() == QuoteRole.CLOSE || !isNameWordIgnoringStart(j + 1)) {
      return -1;
    }
    for (int k = j + 1; k < limit && k <= j + 6; k++) {
      if (d.isQuote(k)) {
        return k > j + 1 && d.token(k).quoteRole() != QuoteRole.OPEN ? k + 1 : -1;
      }
      if (!isNameWordIgnoringStart(k) && !(d.isLowerWord(k) && Words.PARTICLES.contains(d.lower(k)))) {
        return -1;
      }
    }
    return -1;
  }

  /** End of a capitalised name that starts at j: {@code Ryan Dillon}, {@code Jan van der Berg}, {@code J. Smit}. */
  int nameEnd(int j, int limit) {
    int k = j;
    int count = 0;
    boolean onlyGivenNames = true;
    int stop = Math.min(limit, j + MAX_NAME_TOKENS);
    while (k < stop) {
      if (k > j && isRoleCompound(k)) {
        break; // "I&O Research PVV-kiezers": a role or group after the name
      }
      if (isNameWord(k) && (k == j || !d.isQuote(k - 1))) {
        String lw = d.lower(k);
        onlyGivenNames &= Words.isFirstName(lw) || isInitial(k) || Words.PARTICLES.contains(lw);
        k++;
        count++;
        continue;
      }
      if (count > 0 && !onlyGivenNames && d.isLowerWord(k) && ORG_CONNECTORS.contains(d.lower(k))
          && Words.isKnownLowercaseWord(d.lower(k - 1)) && !Words.isFamilyName(d.lower(k - 1))
          && !Words.isFirstName(d.lower(j))) {
        int m = k + 1;
        if (m < stop && d.isLowerWord(m) && Words.DETERMINERS.contains(d.lower(m))) {
          m++;
        }
        if (m < stop && isNameWord(m)) { // the last word was a common noun: "Bureau voor de Statistiek"
          k = m;
          continue;
        }
      }
      if (count > 0 && onlyGivenNames && d.isLowerWord(k) && Words.PARTICLES.contains(d.lower(k))) {
        int m = k;
        while (m < stop && m - k < 3 && d.isLowerWord(m) && Words.PARTICLES.contains(d.lower(m))) {
          m++;
        }
        if (m < stop && isNameWord(m)) {
          k = m;
          continue;
        }
      }
      if (count > 0 && d.isLowerWord(k) && Words.PARTICLES.contains(d.lower(k))) { // Corné van Zeijl
        int m = k;
        while (m < stop && m - k < 3 && d.isLowerWord(m) && Words.PARTICLES.contains(d.lower(m))) {
          m++;
        }
        if (m < stop && isNameWord(m) && Words.isFamilyName(Doc.lowerCase(d.span(k, m + 1)))) {
          k = m;
          continue;
        }
      }
      break;
    }
    return Math.max(k, j + 1);
  }

  /**
   * Where a person's name starts inside a capitalised run that begins with words that are no name
   * ({@code Buitenlandse Zaken Mike Pompeo}, {@code Tweede Kamerlid Pieter Omtzigt}); -1 if it does not split.
   */
  private int firstNameSplit(int from, int end) {
    boolean prefixIsWords = false;
    for (int k = from; k < end; k++) {
      String lw = d.lower(k);
      boolean given = Words.isFirstName(lw);
      if (k > from && given && prefixIsWords && !Words.isFirstName(d.lower(k - 1))) {
        return k;
      }
      if (!given && (Words.isKnownLowercaseWord(lw) || isRoleCompound(k))) {
        prefixIsWords = true;
      }
    }
    return -1;
  }

  /** A token that can be part of a name: a capitalised word, an initial, {@code al-Nusra}, {@code NU.nl}. */
  boolean isNameWord(int i) {
    if (i < 0 || i >= d.size) {
      return false;
    }
    Token t = d.token(i);
    boolean candidate = switch (t.type()) {
      case WORD -> t.isCapitalized() || isPrefixedName(t.text());
      case URL -> t.isCapitalized();
      case ABBREVIATION -> isInitial(i);
      default -> false;
    };
    if (!candidate) {
      return false;
    }
    return !(unreliableCapital(i) && isNotANameAtStart(i));
  }

  /** At a sentence start a capital says nothing: {@code Gisteren}, {@code Omwonenden}, {@code De}. */
  private boolean isNotANameAtStart(int i) {
    String lw = d.lower(i);
    if (Words.PARTICLES.contains(lw) && isParticleSurname(i)) {
      return false; // "Van de Werd kondigde aan", "De Vries zegt"
    }
    if (Words.CLAUSE_OPENERS.contains(lw) || Words.DETERMINERS.contains(lw) || Words.PRONOUNS.contains(lw)
        || Words.endsNounPhrase(lw) || ReportingVerbs.isForm(lw) || QUANTIFIERS.contains(lw)) {
      return true;
    }
    if (Words.isFirstName(lw) || Words.TITLES.contains(lw) || capitalisedInside().contains(lw)) {
      return false;
    }
    return Words.isKnownLowercaseWord(lw) && !isNameWordIgnoringStart(i + 1);
  }

  /** Particles and a capitalised word that the family-name list knows together ({@code van de werd}). */
  private boolean isParticleSurname(int i) {
    int m = i + 1;
    while (m < d.size && m - i <= 3 && d.isLowerWord(m) && Words.PARTICLES.contains(d.lower(m))) {
      m++;
    }
    return m < d.size && m - i <= 3 && isNameWordIgnoringStart(m) && !unreliableCapitalAfter(m)
        && Words.isFamilyName(Doc.lowerCase(d.span(i, m + 1)));
  }

  private boolean unreliableCapitalAfter(int m) {
    return d.is(m - 1, ':') || d.isTerminal(m - 1);
  }

  private boolean isNameWordIgnoringStart(int i) {
    if (i < 0 || i >= d.size) {
      return false;
    }
    Token t = d.token(i);
    return (t.type() == TokenType.WORD || t.type() == TokenType.ABBREVIATION) && t.isCapitalized();
  }

  /** The capital of token i may come from its position: sentence start, after a colon or an opening quote. */
  boolean unreliableCapital(int i) {
    if (i <= 0 || i == d.sentenceStart(i) || d.token(i).lineStart()) {
      return true;
    }
    return d.is(i - 1, ':') || (d.isQuote(i - 1) && d.token(i - 1).quoteRole() != QuoteRole.CLOSE)
        || d.isTerminal(i - 1) || d.isDash(i - 1) || d.is(i - 1, '(');
  }

  /** A lower-case word, or a capitalised one that is only capitalised by its position. */
  private boolean lowerLike(int i) {
    if (d.isLowerWord(i)) {
      return true;
    }
    return d.isWord(i) && d.token(i).isCapitalized() && unreliableCapital(i) && isNotANameAtStart(i);
  }

  /** {@code Amerikaanse}, {@code Syrische}, {@code Britse} before a noun. */
  private boolean isCapitalisedAdjective(int i) {
    if (!d.isWord(i) || !d.token(i).isCapitalized()) {
      return false;
    }
    String lw = d.lower(i);
    boolean placeAdjective = lw.endsWith("er") && lw.length() > 5 && d.isLowerWord(i + 1)
        && !Words.endsNounPhrase(d.lower(i + 1)) && !ReportingVerbs.isForm(d.lower(i + 1));
    if (placeAdjective && i > 0 && Words.DETERMINERS.contains(d.lower(i - 1))) {
      return true; // "het Frankfurter museum"
    }
    if (!(lw.endsWith("se") || lw.endsWith("sche")) || Words.isFirstName(lw)) {
      return false;
    }
    if (d.isLowerWord(i + 1) || d.is(i + 1, ',')) {
      return true;
    }
    boolean afterArticle = i > 0 && Words.DETERMINERS.contains(d.lower(i - 1));
    // "de Franse Total": a description; "de Anglicaanse Kerk": a common noun after it, so part of a name
    return afterArticle && (isCapitalisedAdjective(i + 1) || d.isWord(i + 1) && d.token(i + 1).isCapitalized()
        && !Words.isKnownLowercaseWord(d.lower(i + 1)));
  }

  /**
   * A capitalised word that is a common noun here: after {@code een} ({@code een Applebestuurder}), or an
   * adjective used as a noun after an article ({@code de Arnhemse}, {@code de Tilburger}) when no word follows.
   */
  private boolean isCommonNounAfterArticle(int i, int phraseStart) {
    if (i == 0 || i - 1 < phraseStart || !d.isWord(i) || d.token(i).isAllCaps() || isNameWord(i + 1)) {
      return false;
    }
    String article = d.lower(i - 1);
    if (article.equals("een")) {
      return true;
    }
    String lw = d.lower(i);
    boolean adjectival = lw.endsWith("se") || lw.endsWith("sche") || lw.endsWith("er") && lw.length() > 5;
    return (article.equals("de") || article.equals("het")) && adjectival && !Words.isFirstName(lw)
        && !d.isWord(i + 1);
  }

  /** A capitalised title before a name ({@code Minister Hoekstra}, {@code dhr. Smit}). */
  private boolean isTitle(int i) {
    return Words.TITLES.contains(d.lower(i));
  }

  /** {@code PvdA-leider}, {@code VVD-Kamerlid}: an organisation glued to a role, no name. */
  private boolean isRoleCompound(int i) {
    String s = d.token(i).text();
    int h = s.lastIndexOf('-');
    if (h <= 0 || h == s.length() - 1) {
      return false;
    }
    String last = Doc.lowerCase(s.substring(h + 1));
    return Character.isLowerCase(s.charAt(h + 1)) || Words.TITLES.contains(last);
  }

  /** {@code J.}, {@code J.P.}: initials, not other abbreviations ({@code Max.}). */
  boolean isInitial(int i) {
    Token t = d.token(i);
    if (t.type() != TokenType.ABBREVIATION) {
      return false;
    }
    String s = t.text();
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      boolean ok = k % 2 == 0 ? Character.isUpperCase(c) : c == '.';
      if (!ok) {
        return false;
      }
    }
    return s.length() >= 2 && s.length() % 2 == 0;
  }

  private static boolean isPrefixedName(String s) {
    if (s.length() < 4 || s.charAt(2) != '-' && s.charAt(3) != '-') {
      return false;
    }
    int h = s.indexOf('-');
    String prefix = Doc.lowerCase(s.substring(0, h));
    return (prefix.equals("al") || prefix.equals("el") || prefix.equals("bin") || prefix.equals("abu")
        || prefix.equals("ibn")) && h + 1 < s.length() && Character.isUpperCase(s.charAt(h + 1));
  }

  /** An inflected adjective ({@code westerse}, {@code 26-jarige}), not a noun in -e ({@code politie}, {@code prognose}). */
  private static boolean isAdjectiveLike(String lower) {
    if (ROLE_ADJECTIVES.contains(lower) || QUANTIFIERS.contains(lower)) {
      return true;
    }
    if (lower.length() <= 2 || !lower.endsWith("e")) {
      return false;
    }
    for (String nounEnding : NOUN_ENDINGS_IN_E) {
      if (lower.endsWith(nounEnding)) {
        return false;
      }
    }
    return true;
  }

  /** Adjectives without the -e that often stand before a role ({@code emeritus hoogleraar}). */
  private static final Set<String> ROLE_ADJECTIVES = Set.of("emeritus", "voormalig", "waarnemend",
      "plaatsvervangend", "interim", "speciaal", "algemeen", "oud", "nieuw", "demissionair", "huidig",
      "toenmalig", "kersvers", "scheidend", "vertrekkend", "adjunct", "senior", "junior", "hoofd");

  /** Number words and quantifiers, modifiers like a number ({@code drie getuigen}, {@code enkele bronnen}). */
  private static final Set<String> QUANTIFIERS = Set.of("twee", "drie", "vier", "vijf", "zes", "zeven", "acht",
      "negen", "tien", "elf", "twaalf", "twintig", "honderd", "duizend", "enkele", "diverse", "verschillende",
      "meerdere", "sommige", "vele", "veel", "alle", "beide", "tientallen", "honderden", "duizenden");

  private static final String[] NOUN_ENDINGS_IN_E = {"ie", "ee", "ose", "yse", "ode", "ure", "ine", "ogue", "ique",
      "ade", "ege", "uge"};

  private boolean canFollowDeterminer(int i) {
    if (i >= d.size) {
      return false;
    }
    return switch (d.token(i).type()) {
      case WORD, NUMBER, ORDINAL, URL, QUOTE, ABBREVIATION -> true;
      default -> false;
    };
  }

  private boolean appositiveStarts(int i, int limit) {
    if (i >= limit || !(d.isLowerWord(i) || d.token(i).type() == TokenType.NUMBER)) {
      return false;
    }
    String lw = d.lower(i);
    if (Words.DETERMINERS.contains(lw)) {
      return d.isWord(i + 1) && !RELATIVES.contains(d.lower(i + 1));
    }
    return !Words.endsNounPhrase(lw) && !ReportingVerbs.isForm(lw) && !Words.PRONOUNS.contains(lw);
  }

  private int appositiveEnd(int i, int limit) {
    int stop = Math.min(limit, i + MAX_APPOSITIVE_TOKENS);
    int k = i;
    while (k < stop && !d.isClauseBreak(k) && !(k > i && RELATIVES.contains(d.lower(k)))) {
      k++;
    }
    return Math.max(k, i + 1);
  }

  /** After {@code van}: [determiner] words up to a stop word or punctuation, at most 8 tokens. */
  private int prepositionalPhraseEnd(int i, int limit) {
    int stop = Math.min(limit, i + 8);
    int k = i;
    if (k < stop && Words.DETERMINERS.contains(d.lower(k))) {
      k++;
    }
    int content = k;
    while (k < stop && (d.isWord(k) || d.token(k).type() == TokenType.ABBREVIATION)) {
      String lw = d.lower(k);
      if (d.isLowerWord(k) && (Words.endsNounPhrase(lw) || ReportingVerbs.isForm(lw)) && !lw.equals("en")) {
        break;
      }
      k++;
    }
    return k > content ? k : i;
  }

  private int skipParenthetical(int k, int limit) {
    if (!d.is(k, '(')) {
      return k;
    }
    for (int m = k + 1; m < limit && m <= k + 5; m++) {
      if (d.is(m, ')')) {
        return m + 1;
      }
    }
    return k;
  }

  /** Index of the first token at or after j (before limit) that starts at or after the char offset. */
  /**
   * {@code Rutte's woordvoerder}, {@code T.'s raadsman}, {@code Trumps advocaat}: the role of a named person,
   * with the person's name in the genitive. An unnamed speaker described by the whole phrase (the person who
   * speaks is not the one named).
   */
  private NounPhrase possessive(int i, int limit) {
    Token t = d.token(i);
    Entity e = d.isWord(i) || t.type() == TokenType.ABBREVIATION ? d.entities.nameStartingIn(t.start(), t.end())
        : null;
    if (e == null || e.type() != EntityType.PER || !e.text().endsWith("s") || e.start() != t.start()) {
      return null;
    }
    int role = tokenAfter(e.end(), i, limit);
    if (role >= limit || !d.isLowerWord(role) || !Words.isPersonRole(d.lower(role))) {
      return null;
    }
    String phrase = d.span(i, role + 1);
    return new NounPhrase(NounPhrase.Kind.UNNAMED, i, role + 1, phrase, t.start(), d.token(role).end(), null,
        d.lower(role), null, -1, -1);
  }

  private int tokenAfter(int charOffset, int j, int limit) {
    int k = j + 1;
    int stop = Math.min(d.size, Math.max(limit, j + 1) + MAX_NAME_TOKENS);
    while (k < stop && d.token(k).start() < charOffset) {
      k++;
    }
    return k;
  }

  private String lowerFirstIfUnreliable(int i, String s) {
    if (s.isEmpty() || !unreliableCapital(i)
        || !lowerLike(i) && !Words.DETERMINERS.contains(d.lower(i)) && !isTitle(i)) {
      return s;
    }
    return Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  private static void append(StringBuilder sb, String part) {
    if (!sb.isEmpty()) {
      sb.append(", ");
    }
    sb.append(part);
  }
}
