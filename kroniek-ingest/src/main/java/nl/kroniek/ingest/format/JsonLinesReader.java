package nl.kroniek.ingest.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.kroniek.ingest.ArticleReader;
import nl.kroniek.ingest.FieldMapping.Field;
import nl.kroniek.ingest.Input;
import nl.kroniek.ingest.ReadOptions;
import nl.kroniek.ingest.RecordSink;
import nl.kroniek.ingest.Rejection;
import nl.kroniek.model.Article;
import nl.kroniek.model.Provenance;

/**
 * JSON Lines ({@code jsonl}): one JSON object per line, parsed line by line with the Jackson streaming
 * parser, so a bad line costs only itself. Fields are mapped with {@link ReadOptions#fields()}; other
 * scalar fields (strings, numbers, booleans) go to metadata; nested objects are skipped; an array of
 * strings in the text field is a list of paragraphs. Blank lines are skipped.
 *
 * <p>A file whose first non-blank character is {@code [} is read as one JSON array of objects (the usual
 * "export as JSON"); there a syntax error ends the file, since no line boundary can be trusted after it.
 *
 * <p>Jackson's default limits stay in force (nesting depth 1000: a line nested 10,000 deep is rejected
 * at once), except the string length limit, raised to the record limit so a 20 MB article reads whole.
 */
public final class JsonLinesReader implements ArticleReader {

  private final JsonFactory json;
  private final RecordAssembler assembler;
  private final int maxRecordBytes;

  public JsonLinesReader() {
    this(ReadOptions.DEFAULT);
  }

  public JsonLinesReader(ReadOptions options) {
    Objects.requireNonNull(options, "options");
    this.maxRecordBytes = options.maxRecordBytes();
    int maxString = Math.max(options.maxRecordBytes(), StreamReadConstraints.DEFAULT_MAX_STRING_LEN);
    this.json = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(maxString).build())
        .build();
    this.assembler = new RecordAssembler(options.fields());
  }

  @Override
  public String format() {
    return "jsonl";
  }

  @Override
  public void read(Input input, RecordSink sink) throws IOException {
    try (InputStream in = input.open()) {
      LineSource lines;
      try {
        lines = LineSource.open(in, maxRecordBytes);
      } catch (ContentException e) {
        sink.reject(new Rejection(input.name(), 0, 0, e.getMessage()));
        return;
      }
      try (lines) {
        readLines(input, lines, sink);
      }
    }
  }

  private void readLines(Input input, LineSource lines, RecordSink sink) throws IOException {
    long record = 0;
    LineSource.Line line;
    while ((line = lines.next()) != null) {
      if (line.tooLong()) {
        record++;
        sink.reject(new Rejection(input.name(), line.number(), record,
            "line too long: over " + TextDecoder.size(maxRecordBytes) + " (the limit per record)"));
        continue;
      }
      if (Paragraphs.isBlank(line.text())) {
        continue;
      }
      if (record == 0 && line.text().stripLeading().startsWith("[")) {
        readArray(input, lines, line, sink);
        return;
      }
      record++;
      String encoding = line.windows1252() ? TextDecoder.WINDOWS_1252.name() : lines.encoding();
      Outcome outcome = readLine(line.text(), new Provenance(input.name(), line.number(), record, format()),
          encoding);
      outcome.deliver(input.name(), line.number(), record, sink);
    }
    if (record == 0) {
      sink.reject(new Rejection(input.name(), 0, 0, "empty input"));
    }
  }

  /** An article or the reason there is none. */
  private record Outcome(Article article, String problem) {
    void deliver(String file, long line, long record, RecordSink sink) {
      if (article != null) {
        sink.accept(article);
      } else {
        sink.reject(new Rejection(file, line, record, problem));
      }
    }
  }

  private Outcome readLine(String text, Provenance provenance, String encoding) {
    try (JsonParser parser = json.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first != JsonToken.START_OBJECT) {
        return new Outcome(null, "not a JSON object (found " + describe(first) + ")");
      }
      List<RecordAssembler.Value> values = readObject(parser);
      if (parser.nextToken() != null) {
        return new Outcome(null, "more than one JSON value on the line");
      }
      return assemble(values, provenance, encoding);
    } catch (JsonProcessingException e) {
      return new Outcome(null, problem(e, null));
    } catch (IOException e) {
      return new Outcome(null, "invalid JSON: " + e.getMessage());
    }
  }

  private Outcome assemble(List<RecordAssembler.Value> values, Provenance provenance, String encoding) {
    List<String> names = values.stream().map(RecordAssembler.Value::name).toList();
    Map<Field, Integer> roles = assembler.resolve(names);
    try {
      return new Outcome(assembler.assemble(values, roles, provenance, encoding), null);
    } catch (ContentException e) {
      return new Outcome(null, e.getMessage());
    }
  }

  /** Reads the fields of an object whose START_OBJECT is current; ends on its END_OBJECT. */
  private static List<RecordAssembler.Value> readObject(JsonParser parser) throws IOException {
    List<RecordAssembler.Value> values = new ArrayList<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken token = parser.nextToken();
      String value = switch (token) {
        case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE -> parser.getText();
        case START_ARRAY -> scalarArray(parser);
        case START_OBJECT -> {
          parser.skipChildren();
          yield null;
        }
        default -> null;
      };
      if (value != null) {
        values.add(new RecordAssembler.Value(name, value));
      }
    }
    return values;
  }

  /** The elements of an array of scalars, one per line; null when it holds objects or arrays. */
  private static String scalarArray(JsonParser parser) throws IOException {
    StringBuilder sb = new StringBuilder();
    boolean scalars = true;
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
      if (token.isScalarValue()) {
        if (token != JsonToken.VALUE_NULL) {
          sb.append(parser.getText()).append('\n');
        }
      } else {
        scalars = false;
        parser.skipChildren();
      }
    }
    return scalars && sb.length() > 0 ? sb.toString() : null;
  }

  private void readArray(Input input, LineSource lines, LineSource.Line first, RecordSink sink)
      throws IOException {
    LineSourceReader reader = new LineSourceReader(lines, first, maxRecordBytes);
    long lineOffset = first.number() - 1;
    long record = 0;
    long line = first.number();
    try (JsonParser parser = json.createParser(reader)) {
      parser.nextToken(); // the opening bracket
      while (true) {
        reader.markRecordStart();
        JsonToken token = parser.nextToken();
        if (token == JsonToken.END_ARRAY || token == null) {
          break;
        }
        record++;
        line = lineOffset + parser.currentTokenLocation().getLineNr();
        if (token != JsonToken.START_OBJECT) {
          parser.skipChildren();
          sink.reject(new Rejection(input.name(), line, record, "not a JSON object (found " + describe(token)
              + ")"));
          continue;
        }
        List<RecordAssembler.Value> values = readObject(parser);
        long end = lineOffset + parser.currentLocation().getLineNr();
        String encoding = reader.windows1252(line, end) ? TextDecoder.WINDOWS_1252.name() : lines.encoding();
        assemble(values, new Provenance(input.name(), line, record, format()), encoding)
            .deliver(input.name(), line, record, sink);
      }
      if (record == 0) {
        sink.reject(new Rejection(input.name(), first.number(), 0, "empty JSON array"));
      }
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      long errorLine = at != null && at.getLineNr() > 0 ? lineOffset + at.getLineNr() : line;
      String reason = switch (reader.stop()) {
        case LINE_TOO_LONG -> "line " + reader.stopLine() + " too long: over " + TextDecoder.size(maxRecordBytes);
        case RECORD_TOO_LARGE -> "record too large: over " + TextDecoder.size(maxRecordBytes);
        case NONE -> problem(e, at);
      };
      sink.reject(new Rejection(input.name(), errorLine, record + 1, reason
          + "; the rest of this JSON array is not read"));
    }
  }

  private static String describe(JsonToken token) {
    if (token == null) {
      return "nothing";
    }
    return switch (token) {
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> token.asString() == null ? token.name() : token.asString();
    };
  }

  /** Jackson's message without its source excerpt and internals: "invalid JSON at column 21: ...". */
  private static String problem(JsonProcessingException e, JsonLocation location) {
    String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
    message = message.replaceAll(", from `[^`]*`\\)", ")");
    for (String cut : new String[] {" (start marker at", "\n", " at [Source"}) {
      int i = message.indexOf(cut);
      if (i > 0) {
        message = message.substring(0, i);
      }
    }
    if (message.length() > 160) {
      message = message.substring(0, 160) + "…";
    }
    JsonLocation at = location != null ? location : e.getLocation();
    String where = at != null && at.getColumnNr() > 0 ? " at column " + at.getColumnNr() : "";
    return "invalid JSON" + where + ": " + message;
  }
}
