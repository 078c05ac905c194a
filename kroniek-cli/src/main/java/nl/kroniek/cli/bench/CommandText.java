package nl.kroniek.cli.bench;

import java.util.List;
import java.util.regex.Pattern;

/** The command line as a user would type it again: {@code ./kroniek} and the arguments, shell-quoted. */
final class CommandText {

  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_./:=@%+,-]+");

  private CommandText() {}

  static String of(List<String> args) {
    StringBuilder sb = new StringBuilder("./kroniek");
    for (String a : args) {
      sb.append(' ').append(quote(a));
    }
    return sb.toString();
  }

  static String quote(String arg) {
    if (!arg.isEmpty() && SAFE.matcher(arg).matches()) {
      return arg;
    }
    return "'" + arg.replace("'", "'\\''") + "'";
  }
}
