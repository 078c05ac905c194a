package nl.kroniek.nlp.quote;

/**
 * A speaker or source noun phrase found next to a reporting cue.
 *
 * @param kind a name, a pronoun or an unnamed description
 * @param first index of its first token
 * @param end index just past its last token (an appositive included)
 * @param name the name ({@code Ryan Dillon}; an entity's canonical name when one covers it), the phrase as
 *     written for an unnamed one ({@code een inlichtingsofficier}), or the lower-case pronoun
 * @param mentionStart char offset of the name (or of the whole phrase, or the pronoun)
 * @param mentionEnd its end
 * @param description titles and roles around a name ({@code kolonel, woordvoerder van de coalitie}), or null
 * @param head the lower-case head noun of an unnamed phrase ({@code woordvoerder}), or null
 * @param organisation for a spokesperson or document phrase ({@code een woordvoerder van de politie}) the
 *     organisation as written ({@code de politie}), else null
 * @param organisationStart its char offset, or -1
 * @param organisationEnd its end, or -1
 */
record NounPhrase(Kind kind, int first, int end, String name, int mentionStart, int mentionEnd,
    String description, String head, String organisation, int organisationStart, int organisationEnd) {

  enum Kind {
    NAME, PRONOUN, UNNAMED
  }

  boolean isName() {
    return kind == Kind.NAME;
  }

  boolean isPronoun() {
    return kind == Kind.PRONOUN;
  }
}
