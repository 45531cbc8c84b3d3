package io.translationworkbench.ingest;

/**
 * What a paragraph is to the workbench: body text is checked, aligned and scored; the others are
 * only reported.
 */
public enum ParagraphRole {
  BODY,
  FOREIGN_LANGUAGE,
  DUPLICATE,
  CREDIT
}
