package io.translationworkbench.cli;

/** The process exit codes, the same for every command; printed in {@code --help} and the README. */
enum ExitCode {
  OK(0, "success (for check: the quality gate passed)"),
  GATE_FAILED(1, "the quality gate failed"),
  INPUT_ERROR(
      2,
      "usage or input error (bad argument, missing/empty/binary/non-UTF-8/oversized file, bad config,"
          + " unwritable output)"),
  INTERNAL_ERROR(3, "internal error (a bug: please report it)"),
  UNSUPPORTED(
      4,
      "a sacreBLEU option the workbench does not offer (score: test sets: --test-set, --download,"
          + " --list, ...)");

  private final int code;
  private final String meaning;

  ExitCode(int code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  public int code() {
    return code;
  }

  public String meaning() {
    return meaning;
  }

  /** The help lines listing every code, as in {@code --help}. */
  public static String[] helpLines() {
    ExitCode[] all = values();
    String[] lines = new String[all.length];
    for (int i = 0; i < all.length; i++) {
      // concatenation, not String.format: every run builds these lines, and java.util.Formatter's
      // locale set-up is a measurable part of a short run's start
      lines[i] = "  " + all[i].code + "  " + all[i].meaning;
    }
    return lines;
  }
}
