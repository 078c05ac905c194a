package nl.kroniek.store.lucene;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import nl.kroniek.model.fact.CitedSource;
import nl.kroniek.model.fact.Entity;
import nl.kroniek.model.fact.Facts;
import nl.kroniek.model.fact.Money;
import nl.kroniek.model.fact.Place;
import nl.kroniek.model.fact.Quantity;
import nl.kroniek.model.fact.Quote;
import nl.kroniek.model.fact.TimeExpression;
import nl.kroniek.store.StoredArticle;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleRange;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;

/**
 * Indexes the extracted facts so that queries can filter and count by them (docs/query-language.md):
 * names per entity type, speakers, cited sources and quoted words as text; quantities and money as numeric
 * intervals; event time as day intervals; and doc values for counting the most frequent names.
 *
 * <p>Filters work per article: {@code quantity:[200 TO 300] AND about:strijders} finds articles with a
 * quantity between 200 and 300 and a quantity about strijders.
 */
final class FactFields {

  /** Fields holding names (exact analysis: lower case and folded, not stemmed). */
  static final String ENTITY = "entity";
  static final String PERSON = "person";
  static final String ORG = "org";
  static final String PLACE = "place";
  static final String MISC = "misc";
  static final String SPEAKER = "speaker";
  static final String CITES = "cites";
  static final String COUNTRY = "country";
  /** Fields with Dutch analysis. */
  static final String QUOTE = "quote";
  static final String ABOUT = "about";
  /** Numeric and time intervals. */
  static final String QUANTITY = "quantity";
  static final String MONEY = "money";
  static final String MONEY_PREFIX = "money.";
  static final String CURRENCY = "currency";
  static final String WHEN = "when";
  /** Doc values for counting: "top persons", "top cited sources". */
  static final String FACET_PREFIX = "facet.";

  private FactFields() {}

  static void add(Document doc, StoredArticle stored) {
    Facts f = stored.facts();
    Set<String> seen = new HashSet<>();
    for (Entity e : f.entities()) {
      String canonical = e.canonical() == null ? e.text() : e.canonical();
      String typeField = switch (e.type()) {
        case PER -> PERSON;
        case ORG -> ORG;
        case LOC -> PLACE;
        case MISC -> MISC;
      };
      addName(doc, seen, ENTITY, canonical);
      addName(doc, seen, ENTITY, e.text());
      addName(doc, seen, typeField, canonical);
      addName(doc, seen, typeField, e.text());
      facet(doc, seen, typeField, canonical);
    }
    for (Place p : f.places()) {
      addName(doc, seen, PLACE, p.name());
      addName(doc, seen, PLACE, p.text());
      if (p.country() != null) {
        addKeyword(doc, seen, COUNTRY, p.country().toLowerCase(Locale.ROOT));
        facet(doc, seen, COUNTRY, p.country());
      }
    }
    for (Quote q : f.quotes()) {
      if (q.speaker() != null) {
        addName(doc, seen, SPEAKER, q.speaker());
        facet(doc, seen, SPEAKER, q.speaker());
      }
      doc.add(new TextField(QUOTE, q.text(), Field.Store.NO));
    }
    for (CitedSource s : f.sources()) {
      addName(doc, seen, CITES, s.name());
      facet(doc, seen, CITES, s.name());
    }
    for (Quantity q : f.quantities()) {
      double[] range = range(q);
      if (range != null) {
        doc.add(new DoubleRange(QUANTITY, new double[] {range[0]}, new double[] {range[1]}));
      }
      if (q.about() != null && seen.add(ABOUT + "\u0000" + q.about())) {
        doc.add(new TextField(ABOUT, q.about(), Field.Store.NO));
      }
    }
    for (Money m : f.money()) {
      if (Double.isFinite(m.value())) {
        doc.add(new DoubleRange(MONEY, new double[] {m.value()}, new double[] {m.value()}));
        if (m.currency() != null) {
          String cur = m.currency().toLowerCase(Locale.ROOT);
          doc.add(new DoubleRange(MONEY_PREFIX + cur, new double[] {m.value()}, new double[] {m.value()}));
          addKeyword(doc, seen, CURRENCY, cur);
        }
      }
    }
    for (TimeExpression t : f.times()) {
      long[] days = TimeValues.interval(t.value());
      if (days != null) {
        doc.add(new LongRange(WHEN, new long[] {days[0]}, new long[] {days[1]}));
      }
    }
  }

  /** The interval a quantity covers: [value, value], a range's [low, high], an open one at its bound. */
  static double[] range(Quantity q) {
    Double low = q.low() != null ? q.low() : q.value();
    Double high = q.high() != null ? q.high() : low;
    if (low == null || high == null || !Double.isFinite(low) || !Double.isFinite(high) || low > high) {
      return null;
    }
    return new double[] {low, high};
  }

  private static void addName(Document doc, Set<String> seen, String field, String value) {
    if (value != null && !value.isBlank() && seen.add(field + "\u0000" + value)) {
      doc.add(new TextField(field, value, Field.Store.NO));
    }
  }

  private static void addKeyword(Document doc, Set<String> seen, String field, String value) {
    if (seen.add(field + "\u0001" + value)) {
      doc.add(new StringField(field, value, Field.Store.NO));
    }
  }

  private static void facet(Document doc, Set<String> seen, String field, String value) {
    if (value != null && !value.isBlank() && value.length() < 200 && seen.add(FACET_PREFIX + field + "\u0000" + value)) {
      doc.add(new SortedSetDocValuesField(FACET_PREFIX + field, new BytesRef(value)));
    }
  }
}
