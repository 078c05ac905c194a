package nl.kroniek.model.fact;

/** The CoNLL-2002 entity types. */
public enum EntityType {
  PER, ORG, LOC, MISC;

  /** Parses "PER", "B-PER", "I-PER" (case-insensitive); null for "O" or anything else. */
  public static EntityType fromTag(String tag) {
    if (tag == null) {
      return null;
    }
    String t = tag.length() > 2 && tag.charAt(1) == '-' ? tag.substring(2) : tag;
    for (EntityType type : values()) {
      if (type.name().equalsIgnoreCase(t)) {
        return type;
      }
    }
    return null;
  }
}
