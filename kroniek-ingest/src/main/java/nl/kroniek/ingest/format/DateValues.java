package nl.kroniek.ingest.format;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kroniek.model.PubDate;

/**
 * Reads the date values found in feeds, CSV exports and HTML pages, keeping their precision:
 * {@code 2019}, {@code 2019-02}, {@code 2019-02-12}, ISO timestamps (zone optional, also {@code +0100}),
 * epoch seconds or milliseconds, {@code 20190212}, day-first {@code 12-02-2019} / {@code 12/02/2019} /
 * {@code 12.02.2019} (the Dutch order), {@code 2019/02/12}, RFC 1123 ({@code Tue, 12 Feb 2019 10:00:00 GMT})
 * and month names in Dutch or English ({@code 12 februari 2019}, {@code February 12, 2019},
 * {@code februari 2019}).
 */
final class DateValues {

  private static final Pattern EPOCH = Pattern.compile("-?\\d{9,13}(?:\\.\\d+)?");
  private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
  private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})(?:[ T].*)?");
  private static final Pattern SLASHED = Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})(?:[ T].*)?");
  private static final Pattern COMPACT_OFFSET = Pattern.compile("(.*\\d)([+-]\\d{2})(\\d{2})");
  private static final Pattern HOUR_OFFSET = Pattern.compile("(.*\\d)([+-]\\d{2})");
  private static final Pattern DAY_MONTH_YEAR;
  private static final Pattern MONTH_DAY_YEAR;
  private static final Pattern MONTH_YEAR;
  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("januari", 1), Map.entry("january", 1), Map.entry("jan", 1),
      Map.entry("februari", 2), Map.entry("february", 2), Map.entry("feb", 2),
      Map.entry("maart", 3), Map.entry("march", 3), Map.entry("mrt", 3), Map.entry("mar", 3),
      Map.entry("april", 4), Map.entry("apr", 4),
      Map.entry("mei", 5), Map.entry("may", 5),
      Map.entry("juni", 6), Map.entry("june", 6), Map.entry("jun", 6),
      Map.entry("juli", 7), Map.entry("july", 7), Map.entry("jul", 7),
      Map.entry("augustus", 8), Map.entry("august", 8), Map.entry("aug", 8),
      Map.entry("september", 9), Map.entry("sept", 9), Map.entry("sep", 9),
      Map.entry("oktober", 10), Map.entry("october", 10), Map.entry("okt", 10), Map.entry("oct", 10),
      Map.entry("november", 11), Map.entry("nov", 11),
      Map.entry("december", 12), Map.entry("dec", 12));

  static {
    String month = "(" + String.join("|", MONTHS.keySet().stream()
        .sorted((a, b) -> b.length() - a.length()).toList()) + ")\\.?";
    DAY_MONTH_YEAR = Pattern.compile("(?:.*\\D)?(\\d{1,2})\\.?\\s+" + month + "\\s+(\\d{4})\\b.*",
        Pattern.CASE_INSENSITIVE);
    MONTH_DAY_YEAR = Pattern.compile("(?:.*\\W)?" + month + "\\s+(\\d{1,2}),?\\s+(\\d{4})\\b.*",
        Pattern.CASE_INSENSITIVE);
    MONTH_YEAR = Pattern.compile(month + "\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);
  }

  private DateValues() {}

  /**
   * Parses a date value; blank gives {@link PubDate#UNKNOWN}.
   *
   * @throws IllegalArgumentException when the value is not a date this class knows
   */
  static PubDate parse(String value) {
    if (value == null || value.isBlank()) {
      return PubDate.UNKNOWN;
    }
    String s = Paragraphs.collapse(value);
    if (s.length() > 100) {
      throw new IllegalArgumentException("not a date: too long");
    }
    try {
      return parseOrNull(s);
    } catch (DateTimeException | ArithmeticException | NumberFormatException e) {
      throw new IllegalArgumentException("not a date: '" + s + "'", e);
    }
  }

  private static PubDate parseOrNull(String s) {
    Matcher m;
    if (EPOCH.matcher(s).matches()) {
      BigDecimal number = new BigDecimal(s);
      // Seconds until the year 5138, milliseconds beyond: a feed never means dates that far out.
      boolean millis = number.abs().compareTo(BigDecimal.valueOf(100_000_000_000L)) >= 0;
      long ms = millis ? number.longValue() : number.movePointRight(3).longValue();
      return PubDate.ofInstant(Instant.ofEpochMilli(ms));
    }
    if ((m = COMPACT.matcher(s)).matches()) {
      return PubDate.ofDay(day(m.group(1), m.group(2), m.group(3)));
    }
    try {
      return PubDate.parse(s);
    } catch (IllegalArgumentException notIso) {
      // try the other forms
    }
    if ((m = COMPACT_OFFSET.matcher(s)).matches() && s.contains(":")) {
      return PubDate.parse(m.group(1) + m.group(2) + ":" + m.group(3));
    }
    if ((m = HOUR_OFFSET.matcher(s)).matches() && s.contains(":")) {
      return PubDate.parse(m.group(1) + m.group(2) + ":00");
    }
    if (Character.isLetter(s.charAt(0)) && s.indexOf(',') > 0 && s.indexOf(':') > 0) {
      try {
        return PubDate.ofInstant(ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
      } catch (DateTimeException notRfc) {
        // try the other forms
      }
    }
    if (s.endsWith(" UTC") || s.endsWith(" GMT")) {
      return PubDate.parse(s.substring(0, s.length() - 4) + "Z");
    }
    if ((m = DAY_FIRST.matcher(s)).matches()) {
      return PubDate.ofDay(day(m.group(3), m.group(2), m.group(1)));
    }
    if ((m = SLASHED.matcher(s)).matches()) {
      return PubDate.ofDay(day(m.group(1), m.group(2), m.group(3)));
    }
    if ((m = DAY_MONTH_YEAR.matcher(s)).matches()) {
      return PubDate.ofDay(LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(2)),
          Integer.parseInt(m.group(1))));
    }
    if ((m = MONTH_DAY_YEAR.matcher(s)).matches()) {
      return PubDate.ofDay(LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(1)),
          Integer.parseInt(m.group(2))));
    }
    if ((m = MONTH_YEAR.matcher(s)).matches()) {
      return PubDate.ofMonth(Integer.parseInt(m.group(2)), month(m.group(1)));
    }
    throw new IllegalArgumentException("not a date: '" + s + "'");
  }

  private static LocalDate day(String year, String month, String day) {
    return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
  }

  private static int month(String name) {
    return MONTHS.get(name.toLowerCase(Locale.ROOT));
  }
}
