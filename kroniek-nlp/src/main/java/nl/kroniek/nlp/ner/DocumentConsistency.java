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
    for (int k = 1; k < 4; k++) {
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
