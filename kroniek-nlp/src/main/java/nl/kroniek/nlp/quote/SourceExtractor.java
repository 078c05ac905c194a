package nl.kroniek.nlp.quote;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.kroniek.model.fact.CitedSource;
import nl.kroniek.model.fact.Entity;
import nl.kroniek.nlp.token.Sentence;
import nl.kroniek.nlp.token.Token;

/**
 * Finds who an article attributes information to: outlets, organisations, people and unnamed sources, each
 * mention with its cue (the facts guidelines' notion of a cited source). A source is
 *
 * <ul>
 *   <li>the speaker of a quotation or reported clause whose cue attributes information: {@code volgens de
 *       BBC …}, {@code …, aldus de getuigen}, {@code …, meldt de BBC}, {@code schrijft}, {@code onthult}, and
 *       the verbs that acknowledge or confirm ({@code erkenden de autoriteiten dat …}, {@code bevestigt},
 *       {@code beaamt}, {@code geeft toe}). A person who merely {@code zei}, {@code vertelde} or {@code
 *       verklaarde} something is quoted, not cited; pronouns and the newspaper itself are no sources;
 *   <li>the medium a speaker talked to ({@code vertelde aan de Guardian}, {@code zo vertelden getuigen aan de
 *       BBC}), the publisher of a finding ({@code blijkt uit onderzoek van het CBS}) and informants ({@code
 *       bronnen rond het kabinet}).
 * </ul>
 *
 * A spokesperson, staff or document stands for the organisation ({@code aldus een woordvoerder van de politie}
 * → {@code politie}); a description of a named person gives the name ({@code aldus de Franse president} →
 * the president named earlier). Names are normalised by {@link Outlets#normalize}. Stateless and thread-safe;
 * never fails on any text.
 */
public final class SourceExtractor {

  public SourceExtractor() {}

  /**
   * The cited sources of one article, one per mention, in text order.
   *
   * @return an unmodifiable list; offsets are within {@code text}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the tokens are not in order inside {@code text} or a sentence points
   *     past the tokens
   * @see QuoteExtractor#extract(String, List, List, List) for the arguments
   */
  public List<CitedSource> extract(String text, List<Token> tokens, List<Sentence> sentences,
      List<Entity> entities) {
    Doc doc = Doc.of(text, tokens, sentences, entities);
    return sources(doc, SpeechFinder.find(doc));
  }

  /** The sources of an article whose speech has been found already (see {@link Attributions#extract}). */
  static List<CitedSource> sources(Doc doc, List<Found> found) {
    List<CitedSource> sources = new ArrayList<>();
    for (Found f : found) {
      CitedSource s = fromSpeaker(doc, f);
      if (s != null) {
        sources.add(s);
      }
    }
    sources.addAll(new SourceCueFinder(doc, new NounPhraseReader(doc), found).find());
    sources.sort(Comparator.comparingInt(CitedSource::start).thenComparingInt(CitedSource::end));
    Set<Long> seen = new HashSet<>();
    List<CitedSource> unique = new ArrayList<>(sources.size());
    for (CitedSource s : sources) {
      if (seen.add(((long) s.start() << 32) | s.end())) {
        unique.add(s);
      }
    }
    return Collections.unmodifiableList(unique);
  }

  /**
   * The speaker of a quotation as a source, when its cue attributes information ({@code volgens}, {@code aldus},
   * {@code meldt}, {@code erkent}, ...). Pronouns are no sources (the guidelines' rule: {@code volgens hem}
   * names nobody), nor is the newspaper itself ({@code schreef deze krant}).
   */
  private static CitedSource fromSpeaker(Doc doc, Found f) {
    Attribution a = f.attribution;
    if (a == null || f.inherited || !a.info() || f.speaker == null) {
      return null;
    }
    NounPhrase np = a.speaker();
    return switch (np.kind()) {
      case PRONOUN -> null;
      case UNNAMED -> {
        if (Words.isSelfReference(np.name())) {
          yield null;
        }
        if (np.organisation() != null) {
          yield new CitedSource(Outlets.normalize(np.organisation()), np.organisation(), a.cue(),
              np.organisationStart(), np.organisationEnd());
        }
        // f.speaker: a description of a named person ("de Franse president") has become that person's name
        yield new CitedSource(Outlets.normalize(f.speaker), doc.text.substring(np.mentionStart(), np.mentionEnd()),
            a.cue(), np.mentionStart(), np.mentionEnd());
      }
      case NAME -> new CitedSource(Outlets.normalize(f.speaker),
          doc.text.substring(np.mentionStart(), np.mentionEnd()), a.cue(), np.mentionStart(), np.mentionEnd());
    };
  }
}
