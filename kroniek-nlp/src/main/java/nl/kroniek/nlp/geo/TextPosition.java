package nl.kroniek.nlp.geo;

/** What surrounds an offset in a text: is it the start of a sentence, is the neighbouring word capitalised. */
final class TextPosition {

  private TextPosition() {}

  /** Whether the word at {@code start} opens a sentence (so its capital says nothing about it being a name). */
  static boolean startsSentence(String text, int start) {
    int i = Math.min(start, text.length()) - 1;
    while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || isOpening(text.charAt(i)))) {
      if (text.charAt(i) == '\n') {
        return true;
      }
      i--;
    }
    if (i < 0) {
      return true;
    }
    char c = text.charAt(i);
    return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '–' || c == '—' || c == '•';
  }

  /** Whether the word just before {@code start} (on the same line, no punctuation between) is capitalised. */
  static boolean capitalisedWordBefore(String text, int start) {
    int i = start - 1;
    if (i < 0 || text.charAt(i) != ' ') {
      return false;
    }
    while (i >= 0 && text.charAt(i) == ' ') {
      i--;
    }
    int wordEnd = i + 1;
    while (i >= 0 && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '-')) {
      i--;
    }
    int wordStart = i + 1;
    return wordStart < wordEnd && Character.isUpperCase(text.charAt(wordStart))
        && !startsSentence(text, wordStart);
  }

  /** Whether the word just after {@code end} (no punctuation between) is capitalised. */
  static boolean capitalisedWordAfter(String text, int end) {
    int i = end;
    if (i >= text.length() || text.charAt(i) != ' ') {
      return false;
    }
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i < text.length() && (Character.isUpperCase(text.charAt(i)) || Character.isDigit(text.charAt(i)));
  }

  private static boolean isOpening(char c) {
    return c == '"' || c == '\'' || c == '“' || c == '‘' || c == '„' || c == '(' || c == '[' || c == '«';
  }
}
