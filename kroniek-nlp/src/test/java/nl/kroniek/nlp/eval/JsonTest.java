package nl.kroniek.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The small JSON reader. */
class JsonTest {

  @Test
  void readsObjectsArraysAndScalars() {
    Object v = Json.parse(" {\"a\": [1, -2.5, 1e3, true, false, null], \"b\": {\"c\": \"d\"}, \"e\": 0} ");
    assertThat(v).isEqualTo(Map.of("a", java.util.Arrays.asList(1L, -2.5, 1000.0, true, false, null),
        "b", Map.of("c", "d"), "e", 0L));
    assertThat(Json.parse("[]")).isEqualTo(List.of());
    assertThat(Json.parse("{}")).isEqualTo(Map.of());
  }

  @Test
  void decodesEscapesIncludingSurrogatePairs() {
    assertThat(Json.parse("\"a\\\"b\\\\c\\/d\\n\\t\\u00e9\\ud83d\\ude00\"")).isEqualTo("a\"b\\c/d\n\té😀");
    assertThat(Json.parse("\"Rosenmöller\"")).isEqualTo("Rosenmöller");
  }

  @Test
  void largeIntegersBecomeDoublesAndKeepTheirValue() {
    assertThat(Json.parse("66000000000")).isEqualTo(66000000000L);
    assertThat(Json.parse("12345678901234567890")).isEqualTo(1.2345678901234567e19);
  }

  @Test
  void rejectsMalformedInput() {
    for (String bad : List.of("", "{", "[1,]", "{\"a\" 1}", "{\"a\":1,}", "01", "1.", "-", "tru", "\"abc",
        "\"\\x\"", "\"\\u12\"", "{\"a\":1}x", "{a:1}", "{\"a\":1,\"a\":2}", "\"tab\there\"", "1e999",
        "[".repeat(100) + "]".repeat(100))) {
      assertThatThrownBy(() -> Json.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
    }
  }
}
