package nl.kroniek.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import nl.kroniek.store.QuerySyntaxException;

/** Turns exceptions into one line a user can act on, and an exit code. Never a stack trace. */
final class Errors {

  private Errors() {}

  static String describe(Throwable e) {
    Throwable t = e instanceof UncheckedIOException u ? u.getCause() : e;
    if (t instanceof QuerySyntaxException q) {
      return q.describe();
    }
    if (t instanceof NoSuchFileException n) {
      return "no such file or directory: " + n.getFile();
    }
    if (t instanceof AccessDeniedException a) {
      return "permission denied: " + a.getFile();
    }
    if (t instanceof OutOfMemoryError) {
      return "out of memory; give Java more with KRONIEK_JAVA_OPTS=-Xmx4g (or more)";
    }
    String message = t.getMessage();
    if (t instanceof IOException && message != null) {
      return message;
    }
    return (message == null ? t.getClass().getSimpleName() : message)
        + " (set KRONIEK_DEBUG=1 for details)";
  }

  static int exitCode(Throwable e) {
    return e instanceof QuerySyntaxException || e instanceof IllegalArgumentException
        ? ExitCodes.USAGE : ExitCodes.FATAL;
  }
}
