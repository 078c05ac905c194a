package nl.kroniek.nlp.ner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One name, one type, throughout a document: after tagging, a name the model recognised somewhere is also
 * tagged where the model missed it (typically at the start of a sentence, or in a short sentence with
 * little context), and a person's last name alone gets the person's type. This is the "label consistency"
 * idea of two-stage recognisers (Krishnan and Manning 2006), done as a cheap rule.
 */
final class DocumentConsistency {

  private static final int MAX_WORDS = 5;

  private DocumentConsistency() {}

  static void apply(NerDocument d, int[][] tags) {
    propagate(d, tags);
    lastNamesArePersons(d, tags);
    shortOrganisationNames(d, tags);
    majorityType(d, tags);
  }

  /**
   * The last word of an organisation's full name, standing alone, is that organisation: {@code Jahbat
   * al-Nusra} → {@code al-Nusra}, {@code The Guardian} → {@code Guardian}. Not when the full name is a
   * description with a place in it ({@code Universiteit van Amsterdam} does not make {@code Amsterdam} an
   * organisation), nor when the word is a place name in the gazetteer.
   */
  static void shortOrganisationNames(NerDocument d, int[][] tags) {
    java.util.Set<String> shortNames = new java.util.HashSet<>();
    for (int s = 0; s < d.sentenceCount(); s++) {
      for (Spans.Span span : Spans.of(tags[s])) {
        if (span.type() != nl.kroniek.model.fact.EntityType.ORG || span.end() - span.start() < 2) {
          continue;
        }
        boolean description = false;
        for (int k = span.start(); k < span.end(); k++) {
          String lw = d.lower[s][k];
          description |= lw.equals("van") || lw.equals("voor") || lw.equals("der") || lw.equals("en") || lw.equals("of");
        }
        int last = span.end() - 1;
        if (!description && d.gazetteer[s][last] == Lexicon.GAZ_NONE && d.words[s][last].length() > 2) {
          shortNames.add(d.words[s][last]);
        }
      }
    }
    if (shortNames.isEmpty()) {
      return;
    }
    for (int s = 0; s < d.sentenceCount(); s++) {
      for (Spans.Span span : Spans.of(tags[s])) {
        // persons keep their type: a company named after its founder ("Albert Heijn") says nothing about "Heijn"
        if ((span.type() == nl.kroniek.model.fact.EntityType.LOC || span.type() == nl.kroniek.model.fact.EntityType.MISC)
            && span.end() - span.start() == 1 && shortNames.contains(d.words[s][span.start()])) {
          tags[s][span.start()] = Tags.begin(nl.kroniek.model.fact.EntityType.ORG);
        }
      }
    }
  }

  /**
   * A name that occurs several times with different types gets its most frequent type everywhere
   * ({@code Heerenveen} the club, three times ORG and once LOC, is ORG). Ties keep what the model said.
   */
  static void majorityType(NerDocument d, int[][] tags) {
    Map<String, int[]> votes = new HashMap<>();
    for (int s = 0; s < d.sentenceCount(); s++) {
      for (Spans.Span span : Spans.of(tags[s])) {
        votes.computeIfAbsent(key(d, s, span.start(), span.end()), k -> new int[4])[span.type().ordinal()]++;
      }
    }
    for (int s = 0; s < d.sentenceCount(); s++) {
      for (Spans.Span span : Spans.of(tags[s])) {
        int[] v = votes.get(key(d, s, span.start(), span.end()));
        int best = argmax(v);
        if (v[best] > v[span.type().ordinal()]) {
          nl.kroniek.model.fact.EntityType et = nl.kroniek.model.fact.EntityType.values()[best];
          tags[s][span.start()] = Tags.begin(et);
          for (int k = span.start() + 1; k < span.end(); k++) {
            tags[s][k] = Tags.inside(et);
          }
        }
      }
    }
  }

  /**
   * Once a document names a person in full ({@code Lindsay Davenport}), the last name alone is that person,
   * whatever else the name could be ({@code Davenport} is also a town in Iowa).
   */
  static void lastNamesArePersons(NerDocument d, int[][] tags) {
    java.util.Set<String> lastNames = new java.util.HashSet<>();
    for (int s = 0; s < d.sentenceCount(); s++) {
      for (Spans.Span span : Spans.of(tags[s])) {
        if (span.type() == nl.kroniek.model.fact.EntityType.PER && span.end() - span.start() > 1) {
          String last = d.words[s][span.end() - 1];
          if (isName(last) && last.length() > 2) {
            lastNames.add(last);
          }
        }
      }
    }
    if (lastNames.isEmpty()) {
      return;
    }
    for (int s = 0; s < d.sentenceCount(); s++) {
      for (Spans.Span span : Spans.of(tags[s])) {
        if (span.type() != nl.kroniek.model.fact.EntityType.PER && span.end() - span.start() == 1
            && lastNames.contains(d.words[s][span.start()])) {
          tags[s][span.start()] = Tags.begin(nl.kroniek.model.fact.EntityType.PER);
        }
      }
    }
  }

  private static void propagate(NerDocument d, int[][] tags) {
    Map<String, int[]> votes = new HashMap<>(); // surface -> votes per type ordinal, and O-votes at [4]
    for (int s = 0; s < d.sentenceCount(); s++) {
      for (Spans.Span span : Spans.of(tags[s])) {
        String key = key(d, s, span.start(), span.end());
        votes.computeIfAbsent(key, k -> new int[5])[span.type().ordinal()]++;
        if (span.type() == nl.kroniek.model.fact.EntityType.PER && span.end() - span.start() > 1) {
          // the last name of a full name: "Ryan Dillon" → "Dillon"
          String last = d.words[s][span.end() - 1];
          if (isName(last)) {
            votes.computeIfAbsent(last, k -> new int[5])[span.type().ordinal()]++;
          }
        }
      }
    }
    if (votes.isEmpty()) {
      return;
    }
    // How often each surface stays untagged mid-sentence: the model saw it with full context and said no.
    for (int s = 0; s < d.sentenceCount(); s++) {
      for (int i = 0; i < tags[s].length; i++) {
        if (tags[s][i] == Tags.O && !d.initial[s][i]) {
          int[] v = votes.get(d.words[s][i]);
          if (v != null) {
            v[4]++;
          }
        }
      }
    }
    for (int s = 0; s < d.sentenceCount(); s++) {
      int[] t = tags[s];
      int i = 0;
      while (i < t.length) {
        int matched = 0;
        int type = -1;
        if (t[i] == Tags.O && isName(d.words[s][i])) {
          for (int n = Math.min(MAX_WORDS, t.length - i); n >= 1; n--) {
            if (!allO(t, i, n)) {
              continue;
            }
            int[] v = votes.get(key(d, s, i, i + n));
            if (v == null) {
              continue;
            }
            int best = argmax(v);
            int tagged = v[0] + v[1] + v[2] + v[3];
            if (tagged > v[4] && !(n == 1 && d.initial[s][i] && (d.lex[s][i] & Lexicon.KNOWN_LOWER) != 0)) {
              matched = n;
              type = best;
            }
            break;
          }
        }
        if (matched > 0) {
          nl.kroniek.model.fact.EntityType et = nl.kroniek.model.fact.EntityType.values()[type];
          t[i] = Tags.begin(et);
          for (int k = 1; k < matched; k++) {
            t[i + k] = Tags.inside(et);
          }
          // the word after must not continue a neighbouring entity by accident
          i += matched;
        } else {
          i++;
        }
      }
    }
  }

  private static boolean allO(int[] t, int from, int n) {
    for (int k = from; k < from + n; k++) {
      if (t[k] != Tags.O) {
        return false;
      }
    }
    return from + n >= t.length || !Tags.isInside(t[from + n]);
  }

  private static int argmax(int[] v) {
    int best = 0;
    for (int k = 1; k < Math.min(4, v.length); k++) {
      if (v[k] > v[best]) {
        best = k;
      }
    }
    return best;
  }

  private static boolean isName(String w) {
    return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
  }

  private static String key(NerDocument d, int s, int from, int to) {
    if (to - from == 1) {
      return d.words[s][from];
    }
    StringBuilder sb = new StringBuilder();
    for (int k = from; k < to; k++) {
      if (k > from) {
        sb.append(' ');
      }
      sb.append(d.words[s][k]);
    }
    return sb.toString();
  }

  /** For tests: the keys of a list of sentences. */
  static String join(List<String> words) {
    return String.join(" ", words);
  }
}
