package nl.kroniek.cli.bench;

import java.io.PrintWriter;
import java.util.Locale;

/** The report as readable tables, headed by the command and the machine that produced it. */
final class ReportTable {

  private ReportTable() {}

  static void print(BenchReport r, PrintWriter out) {
    MachineInfo m = r.machine();
    out.println("command: " + r.command());
    out.printf(Locale.ROOT, "machine: %d cores, load average %s at start, %s at end; Java %s, %s, max heap %,d MB; %s%n",
        m.cores(), load(m.loadAtStart()), load(m.loadAtEnd()), m.java(), m.vm(), m.maxHeapMb(), m.os());
    if (m.loadAtStart() > m.cores() || m.loadAtEnd() > m.cores()) {
      out.println("         the machine was busy (load above the core count): numbers are pessimistic");
    }
    CorpusStats c = r.corpus();
    if (c != null) {
      out.printf(Locale.ROOT, "corpus:  %,d distinct articles read (%,d records skipped), cycled %,d times: "
          + "%,d articles, %.1f MB of text (title + text), %.1f MB as JSON Lines%n",
          c.sourceArticles(), c.sourceSkipped(), c.copies(), c.articles(), c.textBytes() / 1e6, c.fileBytes() / 1e6);
    }
    if (!r.ingest().isEmpty()) {
      printIngest(r, out);
    }
    if (!r.query().isEmpty()) {
      printQuery(r, out);
    }
    out.flush();
  }

  private static void printIngest(BenchReport r, PrintWriter out) {
    BenchReport.Settings s = r.settings();
    out.printf(Locale.ROOT, "%ningest: %d threads, commit every %,d articles, warm-up %,d articles%s%n",
        s.threads(), s.commitEvery(), s.warmupArticles(),
        s.repeat() > 1 ? ", fastest of " + s.repeat() + " rounds" : "");
    out.printf(Locale.ROOT, "  %-14s %10s %9s %11s %8s %10s%s%n", "", "articles", "seconds", "articles/s", "MB/s",
        "index MB", s.repeat() > 1 ? "   seconds in each round" : "");
    for (IngestResult i : r.ingest()) {
      out.printf(Locale.ROOT, "  %-14s %,10d %9.2f %,11.0f %8.2f %10s%s%n", i.name(), i.articles(), i.seconds(),
          i.articlesPerSecond(), i.megabytesPerSecond(),
          i.indexBytes() == 0 ? "-" : String.format(Locale.ROOT, "%.1f", i.indexBytes() / 1e6),
          s.repeat() > 1 ? "   " + rounds(i) : "");
    }
    double ratio = r.ingestRatio();
    if (!Double.isNaN(ratio)) {
      out.printf(Locale.ROOT, "  %s time / floor time: %.2fx (Kroniek ingests at %.0f%% of the floor's rate)%n",
          r.kroniekIngestName(), ratio, 100 / ratio);
    }
    double nlp = r.nlpRatio();
    if (!Double.isNaN(nlp)) {
      out.printf(Locale.ROOT, "  with NLP / without NLP time: %.2fx%n", nlp);
    }
  }

  private static void printQuery(BenchReport r, PrintWriter out) {
    BenchReport.Settings s = r.settings();
    out.printf(Locale.ROOT, "%nquery latency in ms: 1 thread, %d warm-up + %d measured rounds of %d queries, "
        + "--limit %d%n", s.warmupRounds(), s.rounds(), s.mixSize(), s.limit());
    out.printf(Locale.ROOT, "  %-14s", "type");
    for (QueryRun q : r.query()) {
      out.printf(Locale.ROOT, " | %-21s", q.name());
    }
    QueryRun k = r.query(BenchReport.Names.KRONIEK);
    QueryRun f = r.query(BenchReport.Names.FLOOR);
    boolean ratio = k != null && f != null;
    out.printf(Locale.ROOT, "%s%n", ratio ? " | kroniek/floor" : "");
    out.printf(Locale.ROOT, "  %-14s", "");
    for (int i = 0; i < r.query().size(); i++) {
      out.printf(Locale.ROOT, " | %6s %6s %7s", "p50", "p95", "p99");
    }
    out.printf(Locale.ROOT, "%s%n", ratio ? " | p50    p95" : "");
    row(out, "all", r, k == null ? null : k.all(), f == null ? null : f.all(), q -> q.all());
    for (String type : QueryMix.types(QueryMix.DEFAULT)) {
      row(out, type, r, k == null ? null : k.byType().get(type), f == null ? null : f.byType().get(type),
          q -> q.byType().get(type));
    }
    if (ratio) {
      out.println("  (the floor runs the mix as far as the classic QueryParser can express it: see docs/performance.md)");
    }
    out.printf(Locale.ROOT, "%nper query (hits, p50 ms):%n");
    out.printf(Locale.ROOT, "  %-45s %-13s %10s %8s", "query", "type", "hits", "p50");
    if (f != null) {
      out.printf(Locale.ROOT, " %10s %8s", "floor hits", "p50");
    }
    out.println();
    if (k == null) {
      return;
    }
    for (int i = 0; i < k.byQuery().size(); i++) {
      QueryStat q = k.byQuery().get(i);
      out.printf(Locale.ROOT, "  %-45s %-13s %,10d %8.2f", q.query().kroniek(), q.query().type(), q.hits(),
          q.latency().p50());
      if (f != null) {
        QueryStat fq = f.byQuery().stream().filter(x -> x.query().equals(q.query())).findFirst().orElse(null);
        if (fq == null) {
          out.printf(Locale.ROOT, " %10s %8s", "-", "-");
        } else {
          out.printf(Locale.ROOT, " %,10d %8.2f", fq.hits(), fq.latency().p50());
        }
      }
      out.println();
    }
  }

  private interface Pick {
    Latency of(QueryRun run);
  }

  private static void row(PrintWriter out, String label, BenchReport r, Latency k, Latency f, Pick pick) {
    out.printf(Locale.ROOT, "  %-14s", label);
    for (QueryRun q : r.query()) {
      Latency l = pick.of(q);
      if (l == null) {
        out.printf(Locale.ROOT, " | %6s %6s %7s", "-", "-", "-");
      } else {
        out.printf(Locale.ROOT, " | %6.2f %6.2f %7.2f", l.p50(), l.p95(), l.p99());
      }
    }
    if (k != null && f != null) {
      out.printf(Locale.ROOT, " | %5.1fx %5.1fx", k.p50() / f.p50(), k.p95() / f.p95());
    }
    out.println();
  }

  private static String rounds(IngestResult i) {
    StringBuilder sb = new StringBuilder();
    for (long n : i.roundNanos()) {
      sb.append(sb.isEmpty() ? "" : " ").append(String.format(Locale.ROOT, "%.1f", n / 1e9));
    }
    return sb.toString();
  }

  private static String load(double load) {
    return load < 0 ? "unknown" : String.format(Locale.ROOT, "%.2f", load);
  }
}
