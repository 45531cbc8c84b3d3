package io.translationworkbench.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code --languagetool}, the same in {@code report} and {@code check}: LanguageTool HTTP servers
 * to check with instead of the embedded LanguageTool (over {@code languagetool.servers} in the
 * project configuration).
 */
final class LanguageToolOption {
  @Option(
      names = "--languagetool",
      paramLabel = "URL[,URL...]",
      split = ",",
      description =
          "LanguageTool HTTP servers (org.languagetool:languagetool-server of the same version)"
              + " to check with, e.g. http://127.0.0.1:8081; requests are"
              + " spread over them and fail over (default: languagetool.servers in the"
              + " configuration, else LanguageTool embedded).")
  List<String> servers = new ArrayList<>();
}
