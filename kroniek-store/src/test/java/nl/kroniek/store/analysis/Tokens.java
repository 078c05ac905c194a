package nl.kroniek.store.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/** Test helper: runs an analyzer and records every token with its attributes. */
final class Tokens {

  /** One token as the index would see it. */
  record Token(String term, int positionIncrement, int positionLength, int start, int end, String type) {
    @Override
    public String toString() {
      return term + "/" + positionIncrement + "@" + start + "-" + end;
    }
  }

  /** The tokens and the final offset reported by {@code end()}. */
  record Analysis(List<Token> tokens, int finalOffset) {
    List<String> terms() {
      return tokens.stream().map(Token::term).toList();
    }
  }

  private Tokens() {}

  static Analysis analyse(Analyzer analyzer, String text) {
    try (TokenStream ts = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute posInc = ts.addAttribute(PositionIncrementAttribute.class);
      PositionLengthAttribute posLen = ts.addAttribute(PositionLengthAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      TypeAttribute type = ts.addAttribute(TypeAttribute.class);
      List<Token> tokens = new ArrayList<>();
      ts.reset();
      while (ts.incrementToken()) {
        tokens.add(new Token(term.toString(), posInc.getPositionIncrement(), posLen.getPositionLength(),
            offset.startOffset(), offset.endOffset(), type.type()));
      }
      ts.end();
      return new Analysis(tokens, offset.endOffset());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> terms(Analyzer analyzer, String text) {
    return analyse(analyzer, text).terms();
  }
}
