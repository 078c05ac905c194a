package nl.kroniek.ingest.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the article text of a web page: removes boilerplate (navigation, headers, footers, asides,
 * scripts, forms, figures and their captions, and elements whose class or id says nav, menu, footer,
 * share, cookie, advert, related, comment...), then takes {@code [itemprop=articleBody]}, else the
 * {@code <article>} with the most paragraph text, else the element whose own {@code <p>} children hold the
 * most text (a simple text-density rule). Paragraphs, headings, list items and quotes become paragraphs;
 * {@code <br><br>} also breaks a paragraph.
 */
final class MainText {

  private static final String BOILERPLATE_TAGS = "script, style, noscript, template, nav, header, footer, aside,"
      + " form, figure, figcaption, iframe, svg, button, select, textarea, dialog";
  private static final Set<String> BOILERPLATE_WORDS = Set.of("nav", "navbar", "navigation", "menu", "menubar",
      "footer", "share", "sharing", "social", "cookie", "cookies", "consent", "advert", "advertisement", "ad", "ads",
      "related", "comment", "comments", "breadcrumb", "breadcrumbs", "newsletter", "sidebar", "promo", "banner");
  private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3",
      "h4", "h5", "h6", "li", "ul", "ol", "dl", "dd", "dt", "blockquote", "pre", "table", "tr", "td", "th",
      "header", "footer", "address", "hr");

  private MainText() {}

  /** The paragraphs of the main text of a page body (the body is modified: boilerplate is removed). */
  static List<String> paragraphs(Element body) {
    removeBoilerplate(body);
    return extract(chooseRoot(body));
  }

  private static void removeBoilerplate(Element body) {
    for (Element e : body.select(BOILERPLATE_TAGS)) {
      if (!holdsArticle(e)) {
        e.remove();
      }
    }
    for (Element e : body.select("[class], [id]")) {
      if (e.parent() != null && soundsLikeBoilerplate(e.className() + " " + e.id()) && !isProtected(e)) {
        e.remove();
      }
    }
  }

  private static boolean holdsArticle(Element e) {
    return e.selectFirst("article, [itemprop=articleBody]") != null;
  }

  private static boolean isProtected(Element e) {
    String tag = e.normalName();
    return tag.equals("html") || tag.equals("body") || tag.equals("main") || tag.equals("article")
        || "articleBody".equalsIgnoreCase(e.attr("itemprop")) || holdsArticle(e);
  }

  /** Class and id words, split at punctuation and camelCase: "mainNav" and "site-menu" say boilerplate. */
  static boolean soundsLikeBoilerplate(String classAndId) {
    String words = classAndId.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    for (String word : words.split("[^a-z0-9]+")) {
      if (BOILERPLATE_WORDS.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private static Element chooseRoot(Element body) {
    Element marked = mostText(body.select("[itemprop=articleBody]"));
    if (marked != null) {
      return marked;
    }
    Element article = mostText(body.select("article"));
    if (article != null && paragraphText(article) > 0) {
      return article;
    }
    Element best = null;
    long bestScore = 0;
    java.util.Map<Element, Long> scores = new java.util.HashMap<>();
    for (Element p : body.select("p")) {
      Element parent = p.parent();
      if (parent != null) {
        long score = scores.merge(parent, (long) p.text().length(), Long::sum);
        if (score > bestScore) {
          bestScore = score;
          best = parent;
        }
      }
    }
    return best != null ? best : body;
  }

  private static Element mostText(Elements candidates) {
    Element best = null;
    long bestLength = -1;
    for (Element e : candidates) {
      long length = paragraphText(e);
      if (length > bestLength) {
        bestLength = length;
        best = e;
      }
    }
    return best;
  }

  private static long paragraphText(Element e) {
    long length = 0;
    for (Element p : e.select("p")) {
      length += p.text().length();
    }
    return length == 0 ? e.text().length() / 4 : length; // text outside <p> counts, but less
  }

  private static List<String> extract(Element root) {
    List<String> paragraphs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    root.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode text) {
          current.append(text.text());
        } else if (node instanceof Element e && e.normalName().equals("br")) {
          current.append('\n');
        } else if (node instanceof Element e && breaksParagraph(e)) {
          flush(current, paragraphs);
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && breaksParagraph(e)) {
          flush(current, paragraphs);
        }
      }
    });
    flush(current, paragraphs);
    return paragraphs;
  }

  private static boolean breaksParagraph(Element e) {
    return !e.normalName().equals("br") && (BLOCKS.contains(e.normalName()) || e.isBlock());
  }

  /** Ends the current paragraph; two line breaks in a row (from {@code <br><br>}) split it. */
  private static void flush(StringBuilder current, List<String> paragraphs) {
    for (String part : current.toString().split("\n[\\s&&[^\n]]*\n")) {
      String p = Paragraphs.collapse(part);
      if (!p.isEmpty()) {
        paragraphs.add(p);
      }
    }
    current.setLength(0);
  }
}
