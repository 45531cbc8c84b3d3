package io.translationworkbench.flag;

import io.translationworkbench.Severity;
import io.translationworkbench.align.Placeholders;
import io.translationworkbench.segment.Sentence;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Anonymisation placeholders (#NAME#, #PRS_ORG#) that the translation damaged or translated: the
 * reader sees debris such as "'PRS'ORG'" or "#NOM#", an error. One the human text lacks is a
 * warning. Without this rule such tokens pass for names.
 */
final class PlaceholderFlags implements FlagRule {
  @Override
  public void apply(Flagger.Input in, FlagContext out) {
    List<Placeholders.Placeholder> human =
        Placeholders.find(
            in.humanSentences().stream().map(Sentence::text).collect(Collectors.joining("\n")));
    for (Sentence s : in.machineSentences()) {
      for (Placeholders.Issue issue : Placeholders.compare(s.text(), human)) {
        Placeholders.Placeholder p = issue.placeholder();
        if (p == null) {
          continue; // a placeholder of the human text missing here: no span in this sentence
        }
        Severity severity =
            issue.kind() == Placeholders.IssueKind.NOT_IN_OTHER_TEXT
                ? Severity.WARNING
                : Severity.ERROR;
        Map<String, String> ev = new LinkedHashMap<>();
        ev.put("placeholder", issue.name());
        ev.put("problem", issue.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        out.add(
            FlagKind.PLACEHOLDER,
            severity,
            "placeholder",
            s,
            out.within(s, p.start(), p.end()),
            p.text(),
            Character.toUpperCase(issue.message().charAt(0)) + issue.message().substring(1) + ".",
            p.shape() == Placeholders.Shape.WELL_FORMED
                ? List.of()
                : List.of("#" + issue.name() + "#"),
            ev,
            false);
      }
    }
  }
}
