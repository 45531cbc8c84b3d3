package io.translationworkbench.grammar;

import io.translationworkbench.InputException;
import io.translationworkbench.InputFiles;
import io.translationworkbench.Texts;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.rules.CorrectExample;
import org.languagetool.rules.IncorrectExample;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.patterns.AbstractPatternRule;
import org.languagetool.rules.patterns.PatternRuleLoader;

/**
 * Newsroom rule files: LanguageTool XML pattern rules (its {@code grammar.xml} format) added to the
 * embedded checker at run time. Files are read and hashed when named; the rules are parsed and
 * every {@code <example>} is run as a self-test only when a checker is built, once per process per
 * set of file contents, so a run answered from the result cache never starts LanguageTool.
 */
public final class RuleFiles {
  /** No rule files. */
  public static final RuleFiles NONE = new RuleFiles(List.of());

  private static final Pattern MARKER = Pattern.compile("<marker>(.*?)</marker>", Pattern.DOTALL);
  // parsed and self-tested rules, by file contents (paths only name them in messages)
  private static final Map<List<String>, List<AbstractPatternRule>> LOADED =
      new ConcurrentHashMap<>();

  private final List<RuleFile> files;
  private final Map<String, byte[]> contents;

  /**
   * One rule file.
   *
   * @param path the file, as the configuration resolved it
   * @param sha256 hex SHA-256 of its bytes
   */
  public record RuleFile(Path path, String sha256) {
    public RuleFile {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(sha256, "sha256");
    }
  }

  private RuleFiles(List<RuleFile> files) {
    this.files = List.copyOf(files);
    this.contents = new HashMap<>();
  }

  /**
   * Reads and hashes {@code paths}; a missing or unreadable file is an input error. Cheap: nothing
   * is parsed yet.
   */
  public static RuleFiles read(List<Path> paths) {
    if (paths.isEmpty()) {
      return NONE;
    }
    List<RuleFile> files = new ArrayList<>();
    Map<String, byte[]> contents = new HashMap<>();
    for (Path p : paths) {
      // where a rule file may lie was checked when the configuration named it
      byte[] bytes = InputFiles.read(p, InputFiles.Kind.RULE_FILE);
      String sha = Texts.sha256Hex(bytes);
      files.add(new RuleFile(p, sha));
      contents.put(sha, bytes);
    }
    RuleFiles r = new RuleFiles(files);
    r.contents.putAll(contents);
    return r;
  }

  /** The files, in configuration order. */
  public List<RuleFile> files() {
    return files;
  }

  /**
   * The rules of every file, parsed and self-tested on first use in this process.
   *
   * @throws InputException naming the file, the rule and the example when a file is malformed, a
   *     rule id is taken, or an example does not behave as it says
   */
  List<AbstractPatternRule> rules(Language language) {
    if (files.isEmpty()) {
      return List.of();
    }
    List<String> key = files.stream().map(RuleFile::sha256).toList();
    List<AbstractPatternRule> cached = LOADED.get(key);
    if (cached != null) {
      return cached;
    }
    synchronized (LOADED) {
      return LOADED.computeIfAbsent(key, k -> load(language));
    }
  }

  private List<AbstractPatternRule> load(Language language) {
    JLanguageTool lt = new JLanguageTool(language);
    Set<String> builtIn = new HashSet<>();
    for (Rule r : lt.getAllRules()) {
      builtIn.add(r.getId());
    }
    Map<String, Path> owner = new HashMap<>();
    List<AbstractPatternRule> all = new ArrayList<>();
    Map<AbstractPatternRule, Path> fileOf = new HashMap<>();
    for (RuleFile f : files) {
      List<AbstractPatternRule> rules;
      try {
        rules =
            new PatternRuleLoader()
                .getRules(
                    new ByteArrayInputStream(contents.get(f.sha256())),
                    f.path().toString(),
                    language);
      } catch (IOException | RuntimeException e) {
        throw new InputException(f.path(), "not a valid rule file: " + rootMessage(e), e);
      }
      if (rules.isEmpty()) {
        throw new InputException(f.path(), "holds no rule");
      }
      for (AbstractPatternRule r : rules) {
        if (builtIn.contains(r.getId())) {
          throw new InputException(
              f.path(), "rule " + r.getId() + ": id already used by a LanguageTool rule");
        }
        Path other = owner.putIfAbsent(r.getId(), f.path());
        if (other != null && !other.equals(f.path())) {
          throw new InputException(
              f.path(), "rule " + r.getId() + ": id already used in " + other.toString());
        }
        all.add(r);
        fileOf.put(r, f.path());
      }
    }
    for (AbstractPatternRule r : all) {
      lt.addRule(r);
      if (r.isDefaultOff()) {
        lt.enableRule(r.getId());
      }
    }
    for (AbstractPatternRule r : all) {
      selfTest(lt, r, fileOf.get(r));
    }
    return List.copyOf(all);
  }

  /**
   * Runs a rule's examples: one with a marker must be matched there by this rule (and offer the
   * stated correction); one without must not be matched by it.
   */
  private static void selfTest(JLanguageTool lt, AbstractPatternRule rule, Path file) {
    String name = rule.getFullId();
    // LanguageTool files an example as incorrect only when it has a correction attribute; here a
    // <marker> is what makes an example positive, as its documentation describes examples
    record Positive(String marked, List<String> corrections) {}
    List<Positive> incorrect = new ArrayList<>();
    List<String> correct = new ArrayList<>();
    for (IncorrectExample ex : rule.getIncorrectExamples()) {
      incorrect.add(new Positive(ex.getExample(), ex.getCorrections()));
    }
    for (CorrectExample ex : rule.getCorrectExamples()) {
      if (ex.getExample().contains("<marker>")) {
        incorrect.add(new Positive(ex.getExample(), List.of()));
      } else {
        correct.add(ex.getExample());
      }
    }
    for (Positive ex : incorrect) {
      String marked = ex.marked();
      Matcher m = MARKER.matcher(marked);
      if (!m.find()) {
        throw new InputException(file, "rule " + name + ": example has no <marker>: " + marked);
      }
      String sentence = marked.replace("<marker>", "").replace("</marker>", "");
      int from = m.start();
      int to = from + m.group(1).length();
      List<RuleMatch> own = matchesOf(lt, rule, sentence);
      RuleMatch hit =
          own.stream()
              .filter(x -> x.getFromPos() == from && x.getToPos() == to)
              .findFirst()
              .orElse(null);
      if (hit == null) {
        String found =
            own.isEmpty()
                ? "no match"
                : "a match at \""
                    + sentence.substring(own.get(0).getFromPos(), own.get(0).getToPos())
                    + "\"";
        throw new InputException(
            file,
            "rule "
                + name
                + ": example should match at \""
                + m.group(1)
                + "\" but gives "
                + found
                + ": "
                + oneLine(sentence));
      }
      for (String c : ex.corrections()) {
        if (!c.isEmpty() && !hit.getSuggestedReplacements().contains(c)) {
          throw new InputException(
              file,
              "rule "
                  + name
                  + ": example should suggest \""
                  + c
                  + "\" but suggests "
                  + hit.getSuggestedReplacements()
                  + ": "
                  + oneLine(sentence));
        }
      }
    }
    for (String sentence : correct) {
      List<RuleMatch> own = matchesOf(lt, rule, sentence);
      if (!own.isEmpty()) {
        RuleMatch x = own.get(0);
        throw new InputException(
            file,
            "rule "
                + name
                + ": correct example is matched at \""
                + sentence.substring(x.getFromPos(), x.getToPos())
                + "\": "
                + oneLine(sentence));
      }
    }
  }

  private static List<RuleMatch> matchesOf(JLanguageTool lt, Rule rule, String sentence) {
    try {
      return lt
          .check(
              new org.languagetool.markup.AnnotatedTextBuilder().addText(sentence).build(),
              true,
              JLanguageTool.ParagraphHandling.NORMAL,
              null,
              JLanguageTool.Mode.ALL,
              JLanguageTool.Level.PICKY)
          .stream()
          .filter(x -> x.getRule().getFullId().equals(rule.getFullId()))
          .toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("LanguageTool failed on a rule example", e);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String msg = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    return oneLine(msg);
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  /** Equal when the same contents are named in the same order (paths do not decide the rules). */
  @Override
  public boolean equals(Object o) {
    return o instanceof RuleFiles r
        && r.files.stream().map(RuleFile::sha256).toList().equals(shas());
  }

  @Override
  public int hashCode() {
    return shas().hashCode();
  }

  private List<String> shas() {
    return files.stream().map(RuleFile::sha256).toList();
  }

  /** The contents' hashes: what the result cache key needs. */
  @Override
  public String toString() {
    return "ruleFiles" + shas();
  }
}
