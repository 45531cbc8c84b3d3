package io.translationworkbench;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Small text helpers shared by the stages: spaces as French typography has them, hashes, language
 * names.
 */
public final class Texts {
  private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");
  private static final Pattern WHITESPACE_RUNS = Pattern.compile("\\s+");
  private static final Pattern SPACE_RUNS = Pattern.compile("[\\s\\u00a0\\u2007\\u202f]+");

  private Texts() {}

  /** Whitespace, including the no-break spaces of French typography (U+00A0, U+202F). */
  public static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** The text trimmed, with every run of spaces (no-break ones included) turned into one space. */
  public static String collapseSpaces(String s) {
    return SPACE_RUNS.matcher(s.strip()).replaceAll(" ");
  }

  /**
   * Lower case without diacritics: the key under which two spellings of one word meet ("États" and
   * "Etats", "Zürich" and "zurich").
   */
  public static String fold(String word) {
    String decomposed =
        java.text.Normalizer.normalize(
            word.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD);
    return DIACRITICS.matcher(decomposed).replaceAll("");
  }

  /** Hex SHA-256 of {@code data}, all 32 bytes of it. */
  public static String sha256Hex(byte[] data) {
    return sha256Hex(data, 32);
  }

  /** Hex of the first {@code bytes} bytes of the SHA-256 of the UTF-8 of {@code text}. */
  public static String sha256Hex(String text, int bytes) {
    return sha256Hex(text.getBytes(StandardCharsets.UTF_8), bytes);
  }

  private static String sha256Hex(byte[] data, int bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data), 0, bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JVM", e);
    }
  }

  /** "English (en)" for "en"; the code itself when Java does not know it. */
  public static String languageName(String code) {
    String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
    return name.isEmpty() || code.equals("und") ? code : name + " (" + code + ")";
  }

  /**
   * {@code s} on one line (runs of whitespace as one space), cut to at most {@code max} characters
   * with an ellipsis; a surrogate pair (an emoji, a rare CJK name) is never split in half.
   */
  public static String abbreviate(String s, int max) {
    String oneLine = WHITESPACE_RUNS.matcher(s).replaceAll(" ");
    if (oneLine.length() <= max) {
      return oneLine;
    }
    int cut = max - 1;
    if (cut > 0 && Character.isHighSurrogate(oneLine.charAt(cut - 1))) {
      cut--;
    }
    return oneLine.substring(0, cut) + "…";
  }

  /**
   * {@code raw} decoded as UTF-8, strictly: a malformed byte is an input error naming the file, the
   * byte, its offset and its line.
   */
  public static String decodeUtf8(Path path, byte[] raw) {
    CharsetDecoder dec =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(raw);
    CharBuffer out = CharBuffer.allocate(raw.length + 1);
    CoderResult r = dec.decode(in, out, true);
    if (r.isError()) {
      int offset = in.position();
      int line = 1;
      for (int i = 0; i < offset; i++) {
        if (raw[i] == '\n') {
          line++;
        }
      }
      throw new InputException(
          path,
          String.format(
              Locale.ROOT,
              "not valid UTF-8: malformed byte 0x%02X at byte offset %d (line %d); re-save the file as UTF-8",
              raw[offset] & 0xff,
              offset,
              line));
    }
    dec.flush(out);
    out.flip();
    return out.toString();
  }
}
