/**
 * Quotations with their speakers, and cited sources, in Dutch news.
 *
 * <p>{@link nl.kroniek.nlp.quote.QuoteExtractor} finds direct quotes in every quote style (also over several
 * paragraphs) and indirect speech, with the speaker from the attribution ({@code "...", zei X}, {@code X zei:
 * "..."}, {@code aldus X}, {@code volgens X}, {@code X zegt dat ...}); {@link nl.kroniek.nlp.quote.SourceExtractor}
 * finds who information is attributed to, with names normalised by {@link nl.kroniek.nlp.quote.Outlets}. Both
 * take the article text, the project's tokens and sentences, and the (possibly incomplete) named entities. The
 * rules, decisions and measured precision are in docs/extractors/quotes.md.
 */
package nl.kroniek.nlp.quote;
