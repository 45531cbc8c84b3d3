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

  /** What a kind of flag points at and how it is found, in a sentence or two. */
  static String explain(FlagKind kind) {
    return switch (kind) {
      case GRAMMAR ->
          "LanguageTool found a grammar problem in the machine translation, such as an agreement"
              + " or a construction French does not allow.";
      case SPELLING ->
          "LanguageTool's French speller does not know the word: a misspelling, or a word the"
              + " machine translation made up.";
      case TYPOGRAPHY ->
          "LanguageTool found a break of French typographic rules, such as the space before"
              + " « ; : ! ? » or the quotation marks.";
      case STYLE ->
          "LanguageTool found a style problem: correct French that a careful writer would"
              + " phrase otherwise.";
      case CALQUE ->
          "LanguageTool found a calque or an anglicism: a literal rendering of the source that"
              + " French does not use.";
      case PROBABLE_NAME ->
          "The speller does not know the word, but it looks like a proper name; it is reported"
              + " for information.";
      case LOW_SIMILARITY ->
          "The machine sentence is aligned with a human sentence but shares little with it: a"
              + " mistranslation, an omission or a free rendering.";
      case FACT_MISMATCH ->
          "A number, date or name of the machine sentence does not appear in its human"
              + " counterpart, or the other way round.";
      case UNTRANSLATED ->
          "A word or passage of the machine text is in another language (English, German) and"
              + " was left untranslated.";
      case PLACEHOLDER ->
          "An anonymisation placeholder of the source was damaged, dropped or translated.";
      case STRUCTURE ->
          "The structure of the machine text is broken: a duplicated paragraph, or sentences"
              + " glued together.";
      case UNMATCHED ->
          "The machine sentence has no counterpart in the human article: an addition, or a"
              + " passage the human article leaves out.";
    };
  }

  /** What a reviewer does about a flag of this kind, as plain text. */
  static String help(FlagKind kind) {
    return explain(kind)
        + " Read the sentence in the machine file; correct the translation, or dismiss the flag"
        + " if the text is right (workbench review articles/<id>, or workbench serve). A dismissed"
        + " flag never fails the quality gate.";
  }

  /** {@link #help} as Markdown. */
  static String helpMarkdown(FlagKind kind) {
    return "**"
        + describe(kind)
        + "** (`"
        + kind.id()
        + "`)\n\n"
        + explain(kind)
        + "\n\nRead the sentence in the machine file; correct the translation, or dismiss the"
        + " flag if the text is right (`workbench review articles/<id>`, or the review desk of"
        + " `workbench serve`). A dismissed flag never fails the quality gate.";
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
