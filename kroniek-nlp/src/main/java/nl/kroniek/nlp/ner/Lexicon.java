package nl.kroniek.nlp.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import nl.kroniek.lexicon.FirstNames;
import nl.kroniek.lexicon.Gazetteer;
import nl.kroniek.lexicon.WordList;

/**
 * What the bundled word lists say about a word, as features for the recogniser: is it a known Dutch word
 * in lower case (then a capital is likely sentence-initial, {@code Maar}, {@code Toch}), a name the
 * OpenTaal list only knows capitalised, a first name, a family name, or (part of) a place name.
 *
 * <p>The answers are kept as two compact hash tables (word → bits, place-name key → kind of place) that
 * are computed from the full lists once, at training time, and stored in the model file: tagging never
 * loads the word lists or the gazetteer, so {@code kroniek tag} starts in a fraction of a second, and a
 * model always sees exactly the lexicon it was trained with.
 */
final class Lexicon {

  static final int KNOWN_LOWER = 1;
  static final int PROPER = 1 << 1;
  static final int FIRST_NAME = 1 << 2;
  static final int COMMON_FIRST_NAME = 1 << 3;
  static final int FAMILY_NAME = 1 << 4;

  static final byte GAZ_NONE = 0;
  static final byte GAZ_CONTINENT = 1;
  static final byte GAZ_COUNTRY = 2;
  static final byte GAZ_REGION = 3;
  static final byte GAZ_BIG_CITY = 4;
  static final byte GAZ_CITY = 5;
  static final byte GAZ_INSIDE = (byte) 0x40;

  /** Lower-case words inside place names. */
  private static final Set<String> PARTICLES = Set.of("op", "aan", "en", "de", "den", "der", "van", "bij", "ter",
      "ten", "in", "am", "an", "sur", "la", "le", "del", "di", "da", "do", "el", "al");

  /** Longest place name, in words, looked up in the gazetteer ({@code Bosnië en Herzegovina}). */
  private static final int MAX_PLACE_WORDS = 3;

  private static final int WORD_TEMPLATE = 97;
  private static final int PLACE_TEMPLATE = 96;

  private final LongIntMap wordBits;
  private final LongIntMap placeKinds;

  private Lexicon(LongIntMap wordBits, LongIntMap placeKinds) {
    this.wordBits = wordBits;
    this.placeKinds = placeKinds;
  }

  /** Computes the tables from the bundled lists (a few seconds; training does this once). */
  static Lexicon fromBundledLists() {
    WordList words = WordList.openTaal();
    LongIntMap bits = new LongIntMap(words.size() + 150_000);
    words.forEachKey(key -> {
      int b = (words.isKnownLowercaseWord(key) ? KNOWN_LOWER : 0) | (words.isCapitalisedOnly(key) ? PROPER : 0);
      if (b != 0) {
        bits.put(Features.hash(WORD_TEMPLATE, key), b);
      }
    });
    WordList.dutchFamilyNames().forEachKey(key -> or(bits, key, FAMILY_NAME));
    FirstNames.get().forEach((name, n) -> or(bits, name, FIRST_NAME | (n >= 10_000 ? COMMON_FIRST_NAME : 0)));
    Gazetteer gazetteer = Gazetteer.get();
    LongIntMap places = new LongIntMap(gazetteer.size());
    gazetteer.forEachKey((key, best) -> places.put(Features.hash(PLACE_TEMPLATE, key), kind(best)));
    return new Lexicon(bits, places);
  }

  private static void or(LongIntMap bits, String lower, int flag) {
    long h = Features.hash(WORD_TEMPLATE, lower);
    int old = bits.get(h);
    bits.put(h, (old < 0 ? 0 : old) | flag);
  }

  int bits(String word, String lower) {
    if (!NerDocument.hasLetterOrDigit(word)) {
      return 0;
    }
    return Math.max(0, wordBits.get(Features.hash(WORD_TEMPLATE, lower)));
  }

  /**
   * Marks the longest place names in a sentence: the code of the kind of place on the first word, the same
   * code with {@link #GAZ_INSIDE} on the following words. Only names that start with a capital count.
   */
  byte[] gazetteerTags(String[] sentence) {
    byte[] tags = new byte[sentence.length];
    int i = 0;
    while (i < sentence.length) {
      int matched = 0;
      byte kind = GAZ_NONE;
      if (startsUpper(sentence[i])) {
        StringBuilder name = new StringBuilder();
        for (int n = 1; n <= MAX_PLACE_WORDS && i + n <= sentence.length; n++) {
          String next = sentence[i + n - 1];
          if (n > 1) {
            // a longer name goes on with a capital or a name particle (Den Haag, Bergen op Zoom)
            if (!startsUpper(next) && !PARTICLES.contains(next) && !particleName(next)) {
              break;
            }
            name.append(' ');
          }
          name.append(next);
          int k = placeKinds.get(Features.hash(PLACE_TEMPLATE, Gazetteer.key(name.toString())));
          if (k > 0 && (n == 1 || startsUpper(next) || particleName(next))) {
            matched = n;
            kind = (byte) k;
          }
        }
      }
      if (matched > 0) {
        tags[i] = kind;
        for (int j = 1; j < matched; j++) {
          tags[i + j] = (byte) (kind | GAZ_INSIDE);
        }
        i += matched;
      } else {
        i++;
      }
    }
    return tags;
  }

  private static byte kind(Gazetteer.Entry e) {
    return switch (e.kind()) {
      case CONTINENT -> GAZ_CONTINENT;
      case COUNTRY -> GAZ_COUNTRY;
      case REGION -> GAZ_REGION;
      case CAPITAL -> GAZ_BIG_CITY;
      default -> e.population() >= 100_000 ? GAZ_BIG_CITY : GAZ_CITY;
    };
  }

  /** An Arabic article glued to a name: {@code ez-Zor} in Deir ez-Zor, {@code el-Sheikh}, {@code al-Khaimah}. */
  static boolean particleName(String w) {
    int dash = w.indexOf('-');
    return dash >= 1 && dash <= 3 && dash + 1 < w.length() && Character.isLowerCase(w.charAt(0))
        && Character.isUpperCase(w.codePointAt(dash + 1));
  }

  private static boolean startsUpper(String w) {
    return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
  }

  void writeTo(DataOutputStream data) throws IOException {
    for (LongIntMap map : List.of(wordBits, placeKinds)) {
      data.writeInt(map.size());
      long[] count = {0};
      IOException[] failure = {null};
      map.forEach((fingerprint, value) -> {
        try {
          data.writeLong(fingerprint);
          data.writeByte(value);
          count[0]++;
        } catch (IOException e) {
          failure[0] = e;
        }
      });
      if (failure[0] != null) {
        throw failure[0];
      }
    }
  }

  static Lexicon readFrom(DataInputStream data) throws IOException {
    LongIntMap[] maps = new LongIntMap[2];
    for (int m = 0; m < 2; m++) {
      int size = data.readInt();
      LongIntMap map = new LongIntMap(size);
      for (int i = 0; i < size; i++) {
        long fingerprint = data.readLong();
        map.putFingerprint(fingerprint, data.readByte() & 0xFF);
      }
      maps[m] = map;
    }
    return new Lexicon(maps[0], maps[1]);
  }
}
