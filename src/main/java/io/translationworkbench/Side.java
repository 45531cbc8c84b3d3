package io.translationworkbench;

/** Which text of a pair: the machine translation under review or the human reference article. */
public enum Side {
  MACHINE,
  HUMAN;

  /** Lower-case name used in reports and ids ("machine", "human"). */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
