package nl.kroniek.nlp.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.kroniek.model.PubDate;
import nl.kroniek.model.fact.TimeExpression;

/**
 * Finds Dutch time expressions in article text and normalises them to TIMEX3-style ISO-8601 values,
 * resolved against the publication date and its precision.
 *
 * <pre>{@code
 * List<TimeExpression> times = new TimeExtractor().extract(text, PubDate.parse("2017-11"));
 * // "midden oktober" -> value 2017-10, granularity month, modifier mid, relative true
 * }</pre>
 *
 * <p>One left-to-right pass over the text: at each word the grammar tries the rules that can start there
 * and keeps the longest match ({@code eind vorig jaar}, not {@code vorig jaar}); scanning resumes after it.
 * Time and memory are linear in the text (the tokens live in a fixed-size window). Never throws on odd
 * input. Instances are stateless and thread-safe. Value format and resolution rules:
 * docs/extractors/time.md.
 */
public final class TimeExtractor {

  /**
   * Extracts time expressions in text order, without overlaps.
   *
   * @param text article text; offsets in the result index into it
   * @param reference publication date; {@link PubDate#UNKNOWN} when unknown (relative expressions then get
   *     a null value)
   * @return the expressions found; {@code text.substring(e.start(), e.end())} equals {@code e.text()}
   * @throws NullPointerException when text or reference is null
   */
  public List<TimeExpression> extract(String text, PubDate reference) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(reference, "reference (use PubDate.UNKNOWN)");
    TokenStream tokens = new TokenStream(text);
    TimeGrammar grammar = new TimeGrammar(tokens);
    List<TimeExpression> found = new ArrayList<>();
    int i = 0;
    while (tokens.has(i)) {
      Match match = grammar.longestAt(i);
      if (match == null) {
        i++;
        continue;
      }
      grammar.accepted(match);
      int start = tokens.start(i);
      int end = tokens.end(match.end() - 1);
      Resolver.Resolution r = Resolver.resolve(match.meaning(), match.modifier(), reference);
      found.add(new TimeExpression(text.substring(start, end), r.value(), r.granularity(), r.modifier(),
          r.relative(), start, end));
      i = match.end();
    }
    return found;
  }
}
