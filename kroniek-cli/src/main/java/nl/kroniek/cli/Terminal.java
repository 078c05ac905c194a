package nl.kroniek.cli;

import java.io.Console;
import java.lang.reflect.Method;

/**
 * What the output is connected to, and how to print untrusted text safely. Article text comes from
 * anywhere: it may contain terminal escape sequences, so control characters are removed before printing.
 */
final class Terminal {

  private static final boolean INTERACTIVE = detect();

  private Terminal() {}

  /** True when standard output is an interactive terminal (colours and progress bars are welcome). */
  static boolean interactive() {
    return INTERACTIVE;
  }

  private static boolean detect() {
    if (System.getenv("NO_COLOR") != null || "dumb".equals(System.getenv("TERM"))) {
      return false;
    }
    Console c = System.console();
    if (c == null) {
      return false;
    }
    try {
      // Java 22+ returns a Console also when output is redirected; isTerminal() tells the difference.
      Method m = Console.class.getMethod("isTerminal");
      return (Boolean) m.invoke(c);
    } catch (ReflectiveOperationException e) {
      return true; // Java 21: a non-null console is a terminal
    }
  }

  /** Removes control characters (ESC, BEL, ...) except newline and tab; also lone carriage returns. */
  static String safe(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean bad = (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c < 0xa0) || c == '\u2028'
          || c == '\u2029';
      if (bad) {
        if (sb == null) {
          sb = new StringBuilder(s.length());
          sb.append(s, 0, i);
        }
        sb.append(' ');
      } else if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? s : sb.toString();
  }

  static String bold(String s) {
    return INTERACTIVE ? "\u001b[1m" + s + "\u001b[0m" : s;
  }

  static String dim(String s) {
    return INTERACTIVE ? "\u001b[2m" + s + "\u001b[0m" : s;
  }
}
