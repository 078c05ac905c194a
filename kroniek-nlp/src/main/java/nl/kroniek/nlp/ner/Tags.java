package nl.kroniek.nlp.ner;

import nl.kroniek.model.fact.EntityType;

/**
 * The IOB2 tag set: {@code O}, then {@code B-} and {@code I-} for each CoNLL type. Tag ids are small ints so
 * that the decoder works on arrays.
 */
final class Tags {

  static final String[] NAMES = {"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"};
  static final int COUNT = NAMES.length;
  static final int O = 0;

  private static final EntityType[] TYPES = {null, EntityType.PER, EntityType.PER, EntityType.ORG, EntityType.ORG,
      EntityType.LOC, EntityType.LOC, EntityType.MISC, EntityType.MISC};

  private Tags() {}

  static boolean isBegin(int tag) {
    return tag != O && tag % 2 == 1;
  }

  static boolean isInside(int tag) {
    return tag != O && tag % 2 == 0;
  }

  static EntityType type(int tag) {
    return TYPES[tag];
  }

  static int begin(EntityType type) {
    return 1 + 2 * type.ordinal();
  }

  static int inside(EntityType type) {
    return 2 + 2 * type.ordinal();
  }

  /** IOB2 allows I-X only after B-X or I-X. */
  static boolean allowed(int previous, int tag) {
    if (!isInside(tag)) {
      return true;
    }
    return previous != O && previous >= 0 && TYPES[previous] == TYPES[tag];
  }

  /** Parses a tag name ("B-PER", "I-LOC", "O"); unknown names and the IOB1/BIOES variants map sensibly. */
  static int parse(String name) {
    if (name == null || name.isEmpty() || name.equals("O")) {
      return O;
    }
    EntityType type = EntityType.fromTag(name);
    if (type == null) {
      return O;
    }
    char prefix = name.length() > 2 && name.charAt(1) == '-' ? Character.toUpperCase(name.charAt(0)) : 'B';
    return prefix == 'I' || prefix == 'E' ? inside(type) : begin(type);
  }
}
