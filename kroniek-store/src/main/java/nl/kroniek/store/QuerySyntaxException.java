package nl.kroniek.store;

/**
 * A query the user must fix. Carries the 0-based position of the problem so that front ends can point at
 * it; never carries a stack trace to the user.
 */
public class QuerySyntaxException extends Exception {

  private final String query;
  private final int position;

  /**
   * @param message what is wrong, for a person
   * @param query the query as typed
   * @param position 0-based character position of the problem in {@code query}, or -1 when unknown
   */
  public QuerySyntaxException(String message, String query, int position) {
    super(message);
    this.query = query;
    this.position = position;
  }

  public String query() {
    return query;
  }

  public int position() {
    return position;
  }

  /**
   * The message with the query and a caret under the position, e.g.
   *
   * <pre>
   * query error at position 8: unexpected end of query; a ')' is missing
   *   (strijders
   *             ^
   * </pre>
   */
  public String describe() {
    if (position < 0) {
      return "query error: " + getMessage();
    }
    return "query error at position " + (position + 1) + ": " + getMessage() + "\n  " + query.replace('\n', ' ')
        + "\n  " + " ".repeat(Math.min(position, query.length())) + "^";
  }
}
