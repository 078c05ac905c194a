/**
 * Dutch tokenization and sentence splitting, the base of Kroniek's NLP layer.
 *
 * <p>{@link nl.kroniek.nlp.token.Tokenizer} turns a text into {@link nl.kroniek.nlp.token.Token}s with exact
 * character offsets; {@link nl.kroniek.nlp.token.SentenceSplitter} groups them into
 * {@link nl.kroniek.nlp.token.Sentence}s; {@link nl.kroniek.nlp.token.Tokens} builds the same tokens from
 * pre-tokenised input. The rules, with examples and measured speed, are in docs/tokenization.md.
 */
package nl.kroniek.nlp.token;
