package nl.kroniek.ingest.format;

import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Photo and copyright credits ({@code © getty.}, {@code © AFP}, {@code Foto: ANP}, {@code (c) Reuters},
 * {@code Beeld: Hollandse Hoogte}) that sit at the start or end of an article. They are not body text:
 * readers move them to {@link nl.kroniek.model.Article#META_CREDIT}. Only short lines are credits, so a
 * body paragraph that happens to start with "Foto:" stays.
 */
final class CreditLines {

  private static final int MAX_LENGTH = 80;
  private static final Pattern CREDIT = Pattern.compile(
      "(?:©|\\(c\\)|copyright\\b|(?:foto(?:'s)?|beeld|fotografie|illustratie|photo|image)\\s*:)\\s*\\S.*",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private CreditLines() {}

  static boolean isCredit(String line) {
    if (line.length() > 4 * MAX_LENGTH) {
      return false; // even with much padding: a paragraph, not a credit
    }
    String s = Paragraphs.collapse(line);
    return !s.isEmpty() && s.length() <= MAX_LENGTH && CREDIT.matcher(s).matches();
  }

  /**
   * Removes credit lines at the start and at the end (blank lines between them do not matter) and hands
   * each to {@code credit}, in text order.
   *
   * @return the lines between them (a view of {@code lines})
   */
  static List<String> strip(List<String> lines, Consumer<String> credit) {
    int from = 0;
    int to = lines.size();
    while (true) {
      while (from < to && Paragraphs.isBlank(lines.get(from))) {
        from++;
      }
      if (from < to && isCredit(lines.get(from))) {
        credit.accept(Paragraphs.collapse(lines.get(from)));
        from++;
      } else {
        break;
      }
    }
    int tail = to;
    java.util.ArrayDeque<String> trailing = new java.util.ArrayDeque<>();
    while (true) {
      while (tail > from && Paragraphs.isBlank(lines.get(tail - 1))) {
        tail--;
      }
      if (tail > from && isCredit(lines.get(tail - 1))) {
        trailing.addFirst(Paragraphs.collapse(lines.get(tail - 1)));
        tail--;
      } else {
        break;
      }
    }
    trailing.forEach(credit);
    return lines.subList(from, tail);
  }
}
