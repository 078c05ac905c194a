package nl.kroniek.store;

import java.util.Objects;
import nl.kroniek.model.Article;
import nl.kroniek.model.fact.Facts;

/** An article as stored: the article and what the NLP pipeline found in it. */
public record StoredArticle(Article article, Facts facts) {
  public StoredArticle {
    Objects.requireNonNull(article, "article");
    facts = facts == null ? Facts.EMPTY : facts;
  }

  public String id() {
    return article.id();
  }
}
