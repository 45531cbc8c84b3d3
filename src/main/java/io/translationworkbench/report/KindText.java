package io.translationworkbench.report;

import io.translationworkbench.Severity;
import io.translationworkbench.flag.Flag;
import io.translationworkbench.flag.FlagKind;

/**
 * Short descriptions of flag kinds and rules shared by the CI writers, so that they name things
 * alike.
 */
final class KindText {
  private KindText() {}

  /** What a kind of flag means, in one short phrase. */
  static String describe(FlagKind kind) {
    return switch (kind) {
      case GRAMMAR -> "Grammar problem (LanguageTool)";
      case SPELLING -> "Spelling mistake (LanguageTool)";
      case TYPOGRAPHY -> "French typography (LanguageTool)";
      case STYLE -> "Style (LanguageTool)";
      case CALQUE -> "Calque or anglicism: a literal rendering French does not use (LanguageTool)";
      case PROBABLE_NAME -> "Unknown word, probably a name (LanguageTool)";
      case LOW_SIMILARITY -> "Machine sentence far from its human counterpart";
      case FACT_MISMATCH -> "Number, date or name differs from the human article";
      case UNTRANSLATED -> "Word or passage left untranslated";
      case PLACEHOLDER -> "Anonymisation placeholder damaged or translated";
      case STRUCTURE -> "Structural anomaly (duplicated paragraph, glued sentences)";
      case UNMATCHED -> "Machine sentence without a human counterpart";
    };
  }

  /** A rule's short description: LanguageTool rules by id and kind, our own rules by kind. */
  static String describeRule(Flag f) {
    if (f.kind().fromLanguageTool()) {
      return "LanguageTool rule "
          + f.ruleId()
          + ": "
          + describe(f.kind()).replace(" (LanguageTool)", "");
    }
    return describe(f.kind());
  }

  /** SARIF level of a severity. */
  static String sarifLevel(Severity s) {
    return switch (s) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }
}
