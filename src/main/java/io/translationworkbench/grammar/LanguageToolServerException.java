package io.translationworkbench.grammar;

import java.net.URI;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every LanguageTool server failed to check a text: the message is one line naming each server and
 * its last problem, e.g. {@code LanguageTool servers failed: http://127.0.0.1:8081 refused the
 * connection (3 attempts); http://127.0.0.1:8082 answered 503 (3 attempts)}. The grammar stage
 * makes it a processing error of the text.
 */
public final class LanguageToolServerException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  LanguageToolServerException(Map<URI, String> problems) {
    super(
        (problems.size() == 1 ? "LanguageTool server failed: " : "LanguageTool servers failed: ")
            + problems.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining("; ")));
  }

  LanguageToolServerException(String message) {
    super(message);
  }
}
