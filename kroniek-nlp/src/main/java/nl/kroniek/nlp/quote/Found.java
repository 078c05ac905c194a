package nl.kroniek.nlp.quote;

/**
 * A quotation or reported clause while the finders work on it: where it is, its attribution, and the
 * speaker the resolver settles on. Mutable, confined to one extraction.
 */
final class Found {

  final int start;
  final int end;
  final String text;
  final boolean direct;
  /** Token range of the quotation with its marks, or of the reported clause. */
  final int firstToken;
  final int lastToken;
  Attribution attribution;
  /** The attribution was taken over from an adjacent quote of the same speaker. */
  boolean inherited;

  String speaker;
  String description;
  int speakerStart = -1;
  int speakerEnd = -1;
  /** The resolved speaker is a person (may be referred to by a later {@code hij}/{@code zij}). */
  boolean personSpeaker;

  Found(int start, int end, String text, boolean direct, int firstToken, int lastToken) {
    this.start = start;
    this.end = end;
    this.text = text;
    this.direct = direct;
    this.firstToken = firstToken;
    this.lastToken = lastToken;
  }

  @Override
  public String toString() {
    return (direct ? "direct" : "indirect") + "[" + start + "," + end + ") " + text + " <- " + speaker;
  }
}
