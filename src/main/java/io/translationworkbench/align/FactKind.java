package io.translationworkbench.align;

/** What kind of fact a {@link Fact} is. */
public enum FactKind {
  /** A number, possibly scaled ("175 millions", "1,5", "un milliard"). */
  NUMBER,
  /**
   * A date or time reference ("15 septembre", "dimanche", "mardi prochain", "le mois dernier", "en
   * 2020").
   */
  DATE,
  /**
   * A quantity with a unit that matters: currency or percentage ("3 %", "2 millions d'euros",
   * "$5").
   */
  AMOUNT,
  /** A proper name or acronym ("Donald Trump", "États-Unis", "ONU"). */
  NAME
}
