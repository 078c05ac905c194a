package nl.kroniek.nlp.ner;

import java.util.ArrayList;
import java.util.List;
import nl.kroniek.model.fact.EntityType;

/** Entity spans over tag sequences, read the way the CoNLL scorer reads them. */
final class Spans {

  /** Words {@code [start, end)} of one sentence with a type. */
  record Span(int start, int end, EntityType type) {}

  private Spans() {}

  /**
   * The entities in a tag sequence. An {@code I-X} that does not continue an entity of type X starts a new
   * one (as conlleval does), so orphan inside-tags from hand-made data are not lost.
   */
  static List<Span> of(int[] tags) {
    List<Span> spans = new ArrayList<>();
    int start = -1;
    EntityType type = null;
    for (int i = 0; i <= tags.length; i++) {
      int tag = i < tags.length ? tags[i] : Tags.O;
      boolean continues = Tags.isInside(tag) && type != null && Tags.type(tag) == type;
      if (!continues && type != null) {
        spans.add(new Span(start, i, type));
        type = null;
      }
      if (tag != Tags.O && !continues) {
        start = i;
        type = Tags.type(tag);
      }
    }
    return spans;
  }

  /** IOB2 tags for spans over {@code n} words. */
  static int[] tags(List<Span> spans, int n) {
    int[] tags = new int[n];
    for (Span s : spans) {
      tags[s.start()] = Tags.begin(s.type());
      for (int i = s.start() + 1; i < s.end(); i++) {
        tags[i] = Tags.inside(s.type());
      }
    }
    return tags;
  }
}
