package nl.kroniek.nlp.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small strict JSON reader for the gold and corpus lines (the NLP module has no JSON library). Objects
 * become {@link LinkedHashMap}s, arrays {@link List}s, numbers {@link Long} (integers that fit) or
 * {@link Double}, and {@code null} null. Malformed input throws {@link IllegalArgumentException} with the
 * character position.
 */
final class Json {

  private static final int MAX_DEPTH = 64;

  private final String s;
  private int p;

  private Json(String s) {
    this.s = s;
  }

  /** Parses one JSON value that must make up the whole text (surrounding white space allowed). */
  static Object parse(String text) {
    Json json = new Json(text);
    Object value = json.value(0);
    json.skipSpace();
    if (json.p != text.length()) {
      throw json.error("unexpected text after the value");
    }
    return value;
  }

  private Object value(int depth) {
    if (depth > MAX_DEPTH) {
      throw error("nested too deeply");
    }
    skipSpace();
    if (p >= s.length()) {
      throw error("unexpected end");
    }
    char c = s.charAt(p);
    return switch (c) {
      case '{' -> object(depth);
      case '[' -> array(depth);
      case '"' -> string();
      case 't' -> literal("true", Boolean.TRUE);
      case 'f' -> literal("false", Boolean.FALSE);
      case 'n' -> literal("null", null);
      default -> number();
    };
  }

  private Map<String, Object> object(int depth) {
    Map<String, Object> map = new LinkedHashMap<>();
    p++;
    skipSpace();
    if (peek('}')) {
      p++;
      return map;
    }
    while (true) {
      skipSpace();
      if (!peek('"')) {
        throw error("expected a member name");
      }
      String key = string();
      skipSpace();
      expect(':');
      if (map.put(key, value(depth + 1)) != null) {
        throw error("duplicate member '" + key + "'");
      }
      skipSpace();
      if (peek(',')) {
        p++;
      } else {
        expect('}');
        return map;
      }
    }
  }

  private List<Object> array(int depth) {
    List<Object> list = new ArrayList<>();
    p++;
    skipSpace();
    if (peek(']')) {
      p++;
      return list;
    }
    while (true) {
      list.add(value(depth + 1));
      skipSpace();
      if (peek(',')) {
        p++;
      } else {
        expect(']');
        return list;
      }
    }
  }

  private String string() {
    p++; // opening quote
    StringBuilder sb = new StringBuilder();
    while (p < s.length()) {
      char c = s.charAt(p++);
      if (c == '"') {
        return sb.toString();
      }
      if (c < 0x20) {
        throw error("control character in string");
      }
      if (c != '\\') {
        sb.append(c);
        continue;
      }
      if (p >= s.length()) {
        break;
      }
      char e = s.charAt(p++);
      switch (e) {
        case '"', '\\', '/' -> sb.append(e);
        case 'b' -> sb.append('\b');
        case 'f' -> sb.append('\f');
        case 'n' -> sb.append('\n');
        case 'r' -> sb.append('\r');
        case 't' -> sb.append('\t');
        case 'u' -> sb.append(hex4());
        default -> throw error("bad escape \\" + e);
      }
    }
    throw error("unterminated string");
  }

  private char hex4() {
    if (p + 4 > s.length()) {
      throw error("short \\u escape");
    }
    int v = 0;
    for (int i = 0; i < 4; i++) {
      int d = Character.digit(s.charAt(p++), 16);
      if (d < 0) {
        throw error("bad \\u escape");
      }
      v = v * 16 + d;
    }
    return (char) v;
  }

  private Object literal(String word, Object value) {
    if (!s.startsWith(word, p)) {
      throw error("unexpected character");
    }
    p += word.length();
    return value;
  }

  private Number number() {
    int start = p;
    if (peek('-')) {
      p++;
    }
    if (peek('0')) {
      p++;
    } else if (!digits()) {
      throw error("unexpected character");
    }
    boolean integer = true;
    if (peek('.')) {
      p++;
      integer = false;
      if (!digits()) {
        throw error("digits expected after '.'");
      }
    }
    if (peek('e') || peek('E')) {
      p++;
      integer = false;
      if (peek('+') || peek('-')) {
        p++;
      }
      if (!digits()) {
        throw error("digits expected in exponent");
      }
    }
    String text = s.substring(start, p);
    if (integer && p - start <= 18) {
      return Long.parseLong(text);
    }
    double d = Double.parseDouble(text);
    if (Double.isInfinite(d)) {
      throw error("number out of range");
    }
    return d;
  }

  private boolean digits() {
    int start = p;
    while (p < s.length() && s.charAt(p) >= '0' && s.charAt(p) <= '9') {
      p++;
    }
    return p > start;
  }

  private void skipSpace() {
    while (p < s.length()) {
      char c = s.charAt(p);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return;
      }
      p++;
    }
  }

  private boolean peek(char c) {
    return p < s.length() && s.charAt(p) == c;
  }

  private void expect(char c) {
    if (!peek(c)) {
      throw error("expected '" + c + "'");
    }
    p++;
  }

  private IllegalArgumentException error(String message) {
    return new IllegalArgumentException("JSON: " + message + " at position " + p);
  }
}
