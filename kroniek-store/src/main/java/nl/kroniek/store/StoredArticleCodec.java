package nl.kroniek.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import nl.kroniek.model.PubDate;

/**
 * The JSON form of a {@link StoredArticle}: how a backend keeps the article and its facts, and how
 * {@code show --json} prints them. One codec for every backend, so both store the same thing.
 */
public final class StoredArticleCodec {

  private static final ObjectMapper MAPPER = newMapper();

  private StoredArticleCodec() {}

  /** A mapper that knows Kroniek's model types (dates as ISO text at their precision). */
  public static ObjectMapper newMapper() {
    SimpleModule module = new SimpleModule("kroniek-model");
    module.addSerializer(PubDate.class, new JsonSerializer<>() {
      @Override
      public void serialize(PubDate value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
        if (value.isKnown()) {
          gen.writeString(value.toString());
        } else {
          gen.writeNull();
        }
      }
    });
    module.addDeserializer(PubDate.class, new JsonDeserializer<>() {
      @Override
      public PubDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return PubDate.parse(p.getValueAsString());
      }

      @Override
      public PubDate getNullValue(DeserializationContext ctxt) {
        return PubDate.UNKNOWN;
      }
    });
    return JsonMapper.builder()
        .addModule(module)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();
  }

  public static byte[] toJson(StoredArticle article) {
    try {
      return MAPPER.writeValueAsBytes(article);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static StoredArticle fromJson(byte[] json) {
    try {
      return MAPPER.readValue(json, StoredArticle.class);
    } catch (IOException e) {
      throw new UncheckedIOException("stored article is not readable", e);
    }
  }
}
