package nl.kroniek.store.lucene;

import java.time.LocalDate;
import nl.kroniek.model.Article;
import nl.kroniek.model.PubDate;
import nl.kroniek.store.StoredArticle;
import nl.kroniek.store.StoredArticleCodec;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/** Turns a stored article into the Lucene document that indexes it, and back. */
final class DocumentMapper {

  /** Body text: positions for phrases, offsets in the postings so the highlighter need not re-analyse. */
  private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_NOT_STORED);

  private static final FieldType TEXT_STORED_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

  static {
    TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    TEXT_WITH_OFFSETS.freeze();
    TEXT_STORED_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    TEXT_STORED_WITH_OFFSETS.freeze();
  }

  private DocumentMapper() {}

  static Document toDocument(StoredArticle stored) {
    Article a = stored.article();
    Document doc = new Document();
    doc.add(new StringField(Fields.ID, a.id(), Field.Store.NO));
    doc.add(new StringField(Fields.FINGERPRINT, a.fingerprint(), Field.Store.NO));
    // The body is stored in its own field (read by the highlighter); the rest of the article and its
    // facts as JSON, without the body, so the body is stored once.
    StoredArticle withoutText = new StoredArticle(a.toBuilder().text("").build(), stored.facts());
    doc.add(new StoredField(Fields.SOURCE_JSON, new BytesRef(StoredArticleCodec.toJson(withoutText))));

    doc.add(new Field(Fields.TITLE, a.title(), TEXT_WITH_OFFSETS));
    doc.add(new Field(Fields.TEXT, a.text(), TEXT_STORED_WITH_OFFSETS));
    doc.add(new TextField(Fields.TITLE_EXACT, a.title(), Field.Store.NO));
    doc.add(new TextField(Fields.TEXT_EXACT, a.text(), Field.Store.NO));

    String source = a.source() == null ? "unknown" : a.source();
    if (a.source() != null) {
      doc.add(new TextField(Fields.SOURCE, a.source(), Field.Store.NO));
    }
    doc.add(new SortedDocValuesField(Fields.SOURCE_FACET, new BytesRef(source)));
    doc.add(new StringField(Fields.LANGUAGE, a.language(), Field.Store.NO));

    PubDate date = a.date();
    if (date.isKnown()) {
      long first = date.firstDay().toEpochDay();
      long last = date.lastDay().toEpochDay();
      doc.add(new LongRange(Fields.DATE, new long[] {first}, new long[] {last}));
      doc.add(new NumericDocValuesField(Fields.DATE_SORT, first));
    } else {
      doc.add(new NumericDocValuesField(Fields.DATE_SORT, Long.MIN_VALUE));
    }
    doc.add(new SortedDocValuesField(Fields.DATE_BUCKET, new BytesRef(bucket(date))));
    FactFields.add(doc, stored);
    return doc;
  }

  static StoredArticle fromDocument(Document doc) {
    BytesRef json = doc.getBinaryValue(Fields.SOURCE_JSON);
    byte[] bytes = new byte[json.length];
    System.arraycopy(json.bytes, json.offset, bytes, 0, json.length);
    StoredArticle withoutText = StoredArticleCodec.fromJson(bytes);
    String text = doc.get(Fields.TEXT);
    return new StoredArticle(withoutText.article().toBuilder().text(text == null ? "" : text).build(),
        withoutText.facts());
  }

  /** "2017-11" for month or finer precision, "2017" for year precision, "unknown" otherwise. */
  static String bucket(PubDate date) {
    LocalDate d = date.firstDay();
    return switch (date.precision()) {
      case UNKNOWN -> "unknown";
      case YEAR -> String.format("%04d", d.getYear());
      default -> String.format("%04d-%02d", d.getYear(), d.getMonthValue());
    };
  }
}
