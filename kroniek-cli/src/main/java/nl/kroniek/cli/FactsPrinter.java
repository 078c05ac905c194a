package nl.kroniek.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.kroniek.model.fact.CitedSource;
import nl.kroniek.model.fact.Entity;
import nl.kroniek.model.fact.Facts;
import nl.kroniek.model.fact.Money;
import nl.kroniek.model.fact.Place;
import nl.kroniek.model.fact.Quantity;
import nl.kroniek.model.fact.Quote;
import nl.kroniek.model.fact.TimeExpression;
import nl.kroniek.store.StoredArticle;

/** Prints the facts of an article for people; each fact with its character offsets into the text. */
final class FactsPrinter {
  private FactsPrinter() {}

  static void print(PrintWriter out, StoredArticle stored) {
    Facts f = stored.facts();
    if (f.extractors().isEmpty()) {
      return;
    }
    out.println();
    section(out, "entities", f.entities().size());
    Map<String, Integer> seen = new LinkedHashMap<>();
    for (Entity e : f.entities()) {
      seen.merge(e.type() + "\t" + (e.canonical() == null ? e.text() : e.canonical()), 1, Integer::sum);
    }
    for (Map.Entry<String, Integer> e : seen.entrySet()) {
      String[] typeName = e.getKey().split("\t", 2);
      out.printf("  %-5s %s%s%n", typeName[0], Terminal.safe(typeName[1]), e.getValue() > 1 ? "  (" + e.getValue() + "×)" : "");
    }
    section(out, "quotes", f.quotes().size());
    for (Quote q : f.quotes()) {
      String who = q.speaker() == null ? "(unknown speaker)" : q.speaker();
      String role = q.speakerDescription() == null ? "" : ", " + q.speakerDescription();
      out.printf("  %s%s%s: %s  [%d-%d]%n", Terminal.safe(who), Terminal.safe(role), q.direct() ? "" : " (indirect)",
          quoted(q.text()), q.start(), q.end());
    }
    section(out, "cited sources", f.sources().size());
    for (CitedSource s : f.sources()) {
      out.printf("  %s  (%s)  [%d-%d]%n", Terminal.safe(s.name()), Terminal.safe(s.text()), s.start(), s.end());
    }
    section(out, "quantities", f.quantities().size());
    for (Quantity q : f.quantities()) {
      out.printf("  %s  %s%s%s  [%d-%d]%n", Terminal.safe(q.text()), range(q),
          q.about() == null ? "" : " " + Terminal.safe(q.about()), q.unit() == null ? "" : " (" + q.unit() + ")",
          q.start(), q.end());
    }
    section(out, "money", f.money().size());
    for (int i = 0; i < f.money().size(); i++) {
      Money m = f.money().get(i);
      String link = m.equivalentOf() >= 0 ? "  = " + Terminal.safe(f.money().get(m.equivalentOf()).text()) : "";
      out.printf(Locale.ROOT, "  %s  %,.2f %s%s  [%d-%d]%n", Terminal.safe(m.text()), m.value(), m.currency(), link,
          m.start(), m.end());
    }
    section(out, "time", f.times().size());
    for (TimeExpression t : f.times()) {
      out.printf("  %s  → %s (%s%s)  [%d-%d]%n", Terminal.safe(t.text()), t.value() == null ? "?" : t.value(),
          t.granularity(), t.modifier() == null ? "" : ", " + t.modifier(), t.start(), t.end());
    }
    section(out, "places", f.places().size());
    for (Place p : f.places()) {
      out.printf(Locale.ROOT, "  %s → %s, %s (%.4f, %.4f)  [%d-%d]%n", Terminal.safe(p.text()), Terminal.safe(p.name()),
          p.country() == null ? "-" : p.country(), p.lat(), p.lon(), p.start(), p.end());
    }
    out.println();
    out.println(Terminal.dim("extracted by: " + f.extractors()));
  }

  private static void section(PrintWriter out, String name, int n) {
    out.println(Terminal.bold(name) + " (" + n + ")");
  }

  private static String quoted(String s) {
    String t = Terminal.safe(s).replace('\n', ' ');
    return "\"" + (t.length() > 160 ? t.substring(0, 157) + "…" : t) + "\"";
  }

  private static String range(Quantity q) {
    String prefix = q.approx() == null ? "" : q.approx() + " ";
    if (q.value() != null) {
      return prefix + number(q.value());
    }
    return prefix + (q.low() == null ? "?" : number(q.low())) + "–" + (q.high() == null ? "?" : number(q.high()));
  }

  private static String number(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.format(Locale.ROOT, "%,d", (long) d)
        : String.format(Locale.ROOT, "%,.2f", d);
  }

}
