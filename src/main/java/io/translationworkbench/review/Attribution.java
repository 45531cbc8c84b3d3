package io.translationworkbench.review;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/** Who wrote an entry of review.json and when: the rules a decision and a correction share. */
final class Attribution {
  private Attribution() {}

  /** The reviewer's name as stored: stripped, "unknown" when none was given. */
  static String reviewer(String reviewer) {
    return reviewer == null || reviewer.isBlank() ? "unknown" : reviewer.strip();
  }

  /** {@code date}, which must be an ISO date ({@code 2025-01-31}). */
  static String isoDate(String date) {
    Objects.requireNonNull(date, "date");
    try {
      LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("date is not an ISO date (YYYY-MM-DD): " + date, e);
    }
    return date;
  }
}
