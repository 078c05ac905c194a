package nl.kroniek.cli;

/** The exit codes of every command; listed in {@code kroniek --help}. */
final class ExitCodes {
  static final int OK = 0;
  static final int FATAL = 1;
  static final int USAGE = 2;
  static final int REJECTED_RECORDS = 3;

  private ExitCodes() {}
}
