package io.translationworkbench.grammar;

import io.translationworkbench.Texts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.languagetool.AnalyzedSentence;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.JLanguageTool;
import org.languagetool.SentenceResultCache;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.SpecificIdRule;
import org.languagetool.tools.Cache.CacheUtils;
import org.languagetool.tools.Cache.ProtoResultCache.CachedResultMatch;

/**
 * LanguageTool's sentence-level matches kept per sentence, on disk and in memory, so that a text
 * with one sentence edited has only that sentence run through LanguageTool's sentence rules again.
 *
 * <p>It plugs into LanguageTool's own per-sentence cache ({@code JLanguageTool}'s {@code
 * ResultCache}, the one LanguageTool's server keeps) through {@link SentenceResultCache}:
 * LanguageTool still splits and analyses the whole text, runs its text-level rules on all of it,
 * and filters all matches together (overlaps, rule groups); only the matching of the sentence
 * rules, most of a check's time, is answered from here. Entries are LanguageTool's own serialised
 * form of a match ({@code CacheUtils}); a match read back is rebuilt on the real rule of the
 * checker (not a stand-in), so everything that reads the rule afterwards sees what a fresh check
 * gives. A match of a rule the checker does not list makes the entry a miss.
 *
 * <p>Stricter than LanguageTool's own key: an entry is keyed by the LanguageTool version, the rule
 * set-up, the sentence's text and whether LanguageTool marked its end as a paragraph end (it does
 * so for a text's last sentence, which pattern rules can see); LanguageTool's cache of analysed
 * sentences is not used ({@link SentenceResultCache} says why). An entry names its key and carries
 * a SHA-256 of its content: one that fails either is a miss (the cache is only ever a speed-up).
 * Writes are best-effort: a read-only or full disk costs speed.
 */
final class SentenceCache implements SentenceResultCache.Store {
  /** Bumped when the entry layout changes: older entries then have other names. */
  static final String ENTRY_FORMAT = "sentence-entry=1";

  private static final int MEMORY_ENTRIES = 4096;
  private static final byte[] MAGIC = "twb-sentence\n".getBytes(StandardCharsets.US_ASCII);

  private final Path dir;
  private final String setupKey;

  /**
   * What is kept for a sentence.
   *
   * @param kinds per match: {@code R} rebuilt on the checker's rule of that id; {@code D} a match
   *     of a {@code SpecificIdRule} (a rule LanguageTool makes for one match, outside its rule
   *     list), rebuilt as LanguageTool's own cache does, on a rule with the same id, category, type
   *     and tags
   * @param matches LanguageTool's serialised matches
   */
  private record Stored(String kinds, List<CachedResultMatch> matches) {}

  private final Map<String, Stored> memory =
      new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Stored> eldest) {
          return size() > MEMORY_ENTRIES;
        }
      };
  private volatile Map<String, Rule> rules = Map.of();
  private final AtomicLong hits = new AtomicLong();
  private final AtomicLong misses = new AtomicLong();

  /**
   * @param dir where entries live (created on first write); null: in memory only
   * @param setup the rule set-up of every checker using this cache
   */
  SentenceCache(Path dir, GrammarChecker.RuleSetup setup) {
    this.dir = dir;
    this.setupKey = JLanguageTool.VERSION + '\u0000' + setup;
  }

  /** The rules a match read back is rebuilt on: those of a checker configured for the set-up. */
  void rulesOf(JLanguageTool lt) {
    if (!rules.isEmpty()) {
      return;
    }
    Map<String, Rule> byId = new HashMap<>();
    for (Rule r : lt.getAllRules()) {
      byId.putIfAbsent(r.getFullId(), r);
    }
    rules = Map.copyOf(byId);
  }

  /** Sentences answered from this cache, and sentences LanguageTool had to check, so far. */
  record Stats(long hits, long misses) {}

  Stats stats() {
    return new Stats(hits.get(), misses.get());
  }

  /** LanguageTool's form of this cache, for {@code JLanguageTool}'s constructor. */
  SentenceResultCache forLanguageTool() {
    return new SentenceResultCache(this);
  }

  @Override
  public List<RuleMatch> get(AnalyzedSentence sentence) {
    String key = key(sentence);
    Stored stored;
    synchronized (memory) {
      stored = memory.get(key);
    }
    if (stored == null) {
      stored = read(key);
      if (stored != null) {
        synchronized (memory) {
          memory.put(key, stored);
        }
      }
    }
    List<RuleMatch> matches = stored == null ? null : rebuild(stored, sentence);
    if (stored != null && matches == null) {
      // unusable: LanguageTool checks the sentence, and put replaces the entry
      synchronized (memory) {
        memory.remove(key);
      }
    }
    (matches == null ? misses : hits).incrementAndGet();
    return matches;
  }

  @Override
  public void put(AnalyzedSentence sentence, List<RuleMatch> matches) {
    String key = key(sentence);
    synchronized (memory) {
      if (memory.containsKey(key)) {
        // LanguageTool puts what it just got from here too
        return;
      }
    }
    StringBuilder kinds = new StringBuilder();
    List<CachedResultMatch> serialised = new ArrayList<>(matches.size());
    for (RuleMatch m : matches) {
      Rule rule = m.getRule();
      Rule listed = rules.get(rule.getFullId());
      if (listed != null && listed.getClass() == rule.getClass()) {
        kinds.append('R');
      } else if (rule.getClass() == SpecificIdRule.class) {
        kinds.append('D');
      } else {
        // a rule this cache could not give back as it is: the sentence is always checked
        return;
      }
      serialised.add(CacheUtils.serializeResultMatch(m));
    }
    Stored stored = new Stored(kinds.toString(), List.copyOf(serialised));
    synchronized (memory) {
      memory.put(key, stored);
    }
    write(key, stored);
  }

  /** Everything that decides a sentence's sentence-level matches, hashed. */
  String key(AnalyzedSentence sentence) {
    AnalyzedTokenReadings[] tokens = sentence.getTokens();
    boolean paragraphEnd = tokens.length > 0 && tokens[tokens.length - 1].isParagraphEnd();
    return Texts.sha256Hex(
        ENTRY_FORMAT
            + '\u0000'
            + setupKey
            + '\u0000'
            + (paragraphEnd ? "para-end" : "")
            + '\u0000'
            + sentence.getText(),
        32);
  }

  /** The stored matches as matches of {@code sentence} on the checker's rules; null: a miss. */
  private List<RuleMatch> rebuild(Stored stored, AnalyzedSentence sentence) {
    List<RuleMatch> out = new ArrayList<>(stored.matches().size());
    for (int i = 0; i < stored.matches().size(); i++) {
      CachedResultMatch c = stored.matches().get(i);
      // LanguageTool's own reading of the entry (on a stand-in rule)
      RuleMatch d = CacheUtils.deserializeResultMatch(c, sentence);
      if (stored.kinds().charAt(i) == 'D') {
        d.setSpecificRuleId(c.getSpecificRuleId());
        out.add(d);
        continue;
      }
      Rule rule = rules.get(d.getRule().getFullId());
      if (rule == null) {
        return null;
      }
      // the same match on the checker's rule
      RuleMatch m;
      try {
        m =
            new RuleMatch(
                rule,
                sentence,
                d.getFromPos(),
                d.getToPos(),
                d.getPatternFromPos(),
                d.getPatternToPos(),
                d.getMessage(),
                d.getShortMessage());
      } catch (IllegalArgumentException e) {
        return null; // an entry no check could have written
      }
      m.setSuggestedReplacementObjects(d.getSuggestedReplacementObjects());
      m.setAutoCorrect(d.isAutoCorrect());
      m.setType(d.getType());
      m.setSentencePosition(d.getFromPosSentence(), d.getToPosSentence());
      m.setOriginalErrorStr(d.getOriginalErrorStr());
      m.setUrl(d.getUrl());
      m.setSpecificRuleId(c.getSpecificRuleId());
      out.add(m);
    }
    return out;
  }

  private Path file(String key) {
    return dir.resolve(key.substring(0, 2)).resolve(key + ".bin");
  }

  /**
   * An entry: a magic line, a line with the key, a line with the kinds of the matches, the SHA-256
   * of those two lines and the payload, then the payload: the matches, length-delimited.
   */
  private void write(String key, Stored stored) {
    if (dir == null) {
      return;
    }
    try {
      ByteArrayOutputStream payload = new ByteArrayOutputStream();
      for (CachedResultMatch c : stored.matches()) {
        c.writeDelimitedTo(payload);
      }
      byte[] body = payload.toByteArray();
      byte[] header = header(key, stored.kinds());
      ByteArrayOutputStream entry = new ByteArrayOutputStream(body.length + 128);
      entry.write(MAGIC);
      entry.write(header);
      entry.write(digest(header, body));
      entry.write(body);
      Path target = file(key);
      Files.createDirectories(target.getParent());
      Path tmp =
          target.resolveSibling(
              "." + key + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
      try {
        Files.write(tmp, entry.toByteArray());
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException | RuntimeException e) {
      // only a speed-up: a disk that cannot take it costs a re-check later, never a result
    }
  }

  /** The entry stored for {@code key}, or null when there is none or it cannot be trusted. */
  private Stored read(String key) {
    if (dir == null) {
      return null;
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file(key));
    } catch (IOException e) {
      return null;
    }
    byte[] keyLine = (key + "\n").getBytes(StandardCharsets.US_ASCII);
    int kindsStart = MAGIC.length + keyLine.length;
    if (bytes.length < kindsStart
        || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)
        || !Arrays.equals(bytes, MAGIC.length, kindsStart, keyLine, 0, keyLine.length)) {
      return null;
    }
    int kindsEnd = kindsStart;
    while (kindsEnd < bytes.length && (bytes[kindsEnd] == 'R' || bytes[kindsEnd] == 'D')) {
      kindsEnd++;
    }
    int bodyStart = kindsEnd + 1 + 32;
    if (bodyStart > bytes.length || bytes[kindsEnd] != '\n') {
      return null;
    }
    String kinds = new String(bytes, kindsStart, kindsEnd - kindsStart, StandardCharsets.US_ASCII);
    byte[] body = Arrays.copyOfRange(bytes, bodyStart, bytes.length);
    byte[] sum = Arrays.copyOfRange(bytes, bodyStart - 32, bodyStart);
    if (!MessageDigest.isEqual(sum, digest(header(key, kinds), body))) {
      return null;
    }
    List<CachedResultMatch> out = new ArrayList<>();
    try (InputStream in = new java.io.ByteArrayInputStream(body)) {
      CachedResultMatch c;
      while ((c = CachedResultMatch.parseDelimitedFrom(in)) != null) {
        out.add(c);
      }
    } catch (IOException | RuntimeException e) {
      return null;
    }
    return out.size() == kinds.length() ? new Stored(kinds, List.copyOf(out)) : null;
  }

  private static byte[] header(String key, String kinds) {
    return (key + "\n" + kinds + "\n").getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] digest(byte[] header, byte[] body) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(header);
      md.update(ByteBuffer.wrap(body));
      return md.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
