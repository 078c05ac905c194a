package nl.kroniek.nlp.quote;

/**
 * Who a quotation or reported clause is attributed to, and by which cue.
 *
 * @param speaker the speaker phrase, or null when the cue was found without one ({@code zeg ik} excluded)
 * @param cue the cue as written, lower case ({@code zei}, {@code liet weten}, {@code aldus}, {@code volgens},
 *     {@code :} for {@code Dillon: "..."})
 * @param verb the reporting verb, or null for {@code aldus}, {@code volgens} and a bare colon
 * @param cueToken index of the cue's first token
 * @param end index just past the attribution (speaker phrase or particle)
 * @param info the cue attributes information ({@code volgens}, {@code aldus}, {@code meldt}, {@code erkent},
 *     {@code bevestigt}), so the speaker is a cited source; {@code zei} or an inverted subject is not
 */
record Attribution(NounPhrase speaker, String cue, ReportingVerbs.Verb verb, int cueToken, int end, boolean info) {

  /** A plural verb: its pronoun subject is a group, not one earlier person. */
  boolean plural() {
    return verb != null && verb.plural();
  }
}
