package io.translationworkbench.style;

/** What the human text shows about one convention. */
public enum Decision {
  /** Enough occurrences, and a clear majority follow the convention. */
  FOLLOWED,
  /** Enough occurrences, and a clear majority break it: the house does not use it. */
  NOT_FOLLOWED,
  /** No occurrence, too few, or no clear majority. */
  UNKNOWN
}
