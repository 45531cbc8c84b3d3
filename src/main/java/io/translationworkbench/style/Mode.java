package io.translationworkbench.style;

import java.util.Locale;

/** How workbench.json treats one convention ({@code grammar.houseStyle.<key>}). */
public enum Mode {
  /** Checked when the human text follows it (the default). */
  INFER,
  /** Always checked, whatever the human text does. */
  REQUIRED,
  /** Never checked. */
  OFF;

  /** The mode for a configuration value ("infer", "required", "off"); null means infer. */
  public static Mode of(String value) {
    return value == null ? INFER : valueOf(value.toUpperCase(Locale.ROOT));
  }

  /** The configuration value. */
  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }
}
