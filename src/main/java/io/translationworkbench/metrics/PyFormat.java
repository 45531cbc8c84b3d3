package io.translationworkbench.metrics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Python's float formatting: {@code repr(x)} (the shortest string that reads back as the same
 * double, which Java's {@code Double.toString} only guarantees from JDK 19) and {@code f'{x:.Nf}'}
 * (correctly rounded from the exact binary value; Java's {@code %.Nf} rounds the shortest decimal
 * instead and can differ on ties).
 */
public final class PyFormat {
  private PyFormat() {}

  /** Python {@code f'{x:.{decimals}f}'}. */
  public static String fixed(double x, int decimals) {
    if (Double.isNaN(x)) {
      return "nan";
    }
    if (Double.isInfinite(x)) {
      return x > 0 ? "inf" : "-inf";
    }
    String s = new BigDecimal(x).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    if ((x < 0 || (x == 0 && 1 / x < 0)) && !s.startsWith("-")) {
      s = "-" + s; // Python keeps the sign of a value that rounds to zero
    }
    return s;
  }

  /**
   * Python {@code repr(x)}: shortest round-trip digits, scientific notation outside 1e-4 <= |x| <
   * 1e16.
   */
  public static String repr(double x) {
    if (Double.isNaN(x)) {
      return "nan";
    }
    if (Double.isInfinite(x)) {
      return x > 0 ? "inf" : "-inf";
    }
    if (x == 0) {
      return 1 / x < 0 ? "-0.0" : "0.0";
    }
    BigDecimal digits = shortest(Math.abs(x));
    String unscaled = digits.unscaledValue().toString();
    // strip trailing zeros of the digit string
    int len = unscaled.length();
    while (len > 1 && unscaled.charAt(len - 1) == '0') {
      len--;
    }
    String d = unscaled.substring(0, len);
    // decimal point position: value = 0.d * 10^decpt
    int decpt = unscaled.length() - digits.scale();
    StringBuilder sb = new StringBuilder();
    if (x < 0) {
      sb.append('-');
    }
    if (decpt > -4 && decpt <= 16) {
      if (decpt <= 0) {
        sb.append("0.");
        sb.append("0".repeat(-decpt));
        sb.append(d);
      } else if (decpt >= d.length()) {
        sb.append(d).append("0".repeat(decpt - d.length())).append(".0");
      } else {
        sb.append(d, 0, decpt).append('.').append(d, decpt, d.length());
      }
    } else {
      sb.append(d.charAt(0));
      if (d.length() > 1) {
        sb.append('.').append(d, 1, d.length());
      }
      int exp = decpt - 1;
      sb.append('e').append(exp < 0 ? '-' : '+');
      int a = Math.abs(exp);
      if (a < 10) {
        sb.append('0');
      }
      sb.append(a);
    }
    return sb.toString();
  }

  /**
   * The shortest decimal that parses back to {@code x} (x > 0); among equally short ones, the
   * nearest.
   */
  private static BigDecimal shortest(double x) {
    BigDecimal exact = new BigDecimal(x);
    // Double.toString always reads back and is at most a digit or so too long on JDK 17: start just
    // below it.
    int p = Math.max(1, significantDigits(Double.toString(x)) - 2);
    BigDecimal best = roundTrip(exact, x, p);
    if (best != null) {
      for (int q = p - 1; q >= 1; q--) {
        BigDecimal shorter = roundTrip(exact, x, q);
        if (shorter == null) {
          break;
        }
        best = shorter;
      }
      return best;
    }
    for (int q = p + 1; q <= 17; q++) {
      best = roundTrip(exact, x, q);
      if (best != null) {
        return best;
      }
    }
    return exact.round(new MathContext(17, RoundingMode.HALF_EVEN));
  }

  /**
   * The nearest {@code p}-digit decimal if it reads back as {@code x}, else a farther one that
   * does, else null.
   */
  private static BigDecimal roundTrip(BigDecimal exact, double x, int p) {
    BigDecimal nearest = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
    if (Double.parseDouble(nearest.toString()) == x) {
      return nearest;
    }
    // at a power of two the interval is lopsided: a farther p-digit neighbour may still read back
    for (RoundingMode m : new RoundingMode[] {RoundingMode.FLOOR, RoundingMode.CEILING}) {
      BigDecimal other = exact.round(new MathContext(p, m));
      if (Double.parseDouble(other.toString()) == x) {
        return other;
      }
    }
    return null;
  }

  private static int significantDigits(String javaRepr) {
    int e = javaRepr.indexOf('E');
    String mantissa = e < 0 ? javaRepr : javaRepr.substring(0, e);
    String digits = mantissa.replace("-", "").replace(".", "");
    int start = 0;
    while (start < digits.length() - 1 && digits.charAt(start) == '0') {
      start++;
    }
    int end = digits.length();
    while (end > start + 1 && digits.charAt(end - 1) == '0') {
      end--;
    }
    return end - start;
  }
}
