package io.translationworkbench.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SacrebleuSignature rules of NOTES §3 (sacreBLEU's {@code SacrebleuSignature.format}). */
class SacrebleuSignatureTest {
  @Test
  void nullReferencesMakeTheCountVariable() {
    // segment 1 has two references, segment 2 only one (a null entry is dropped, as in sacreBLEU's
    // API)
    Score s =
        new Bleu(BleuConfig.defaults())
            .corpusScore(
                List.of("a b", "c d"), List.of(List.of("a b", "c d"), Arrays.asList("a", null)));
    assertTrue(s.signature().toString().startsWith("nrefs:var|"), s.signature().toString());
  }

  @Test
  void smoothingValuesPrintWithTwoDecimals() {
    BleuConfig floor =
        new BleuConfig(BleuTokenizer.THIRTEEN_A, false, BleuConfig.Smoothing.FLOOR, null, 4, false);
    BleuConfig addK =
        new BleuConfig(BleuTokenizer.THIRTEEN_A, false, BleuConfig.Smoothing.ADD_K, null, 4, false);
    assertTrue(new Bleu(floor).signature(1).toString().contains("|smooth:floor[0.10]|"));
    assertTrue(new Bleu(addK).signature(1).toString().contains("|smooth:add-k[1.00]|"));
  }

  @Test
  void shortFormUsesSacrebleuAbbreviations() {
    assertEquals(
        "#:1|c:mixed|e:no|tok:13a|s:exp|v:" + SacrebleuSignature.version(),
        new Bleu(BleuConfig.defaults()).signature(1).format(true));
    assertEquals(
        "#:2|c:lc|t:tercom|nr:no|pn:yes|as:no|v:" + SacrebleuSignature.version(),
        new Ter(TerConfig.defaults()).signature(2).format(true));
  }

  @Test
  void chrFEpsilonSmoothingIsEffNo() {
    ChrF eps = new ChrF(new ChrFConfig(6, 0, 2, false, false, true));
    assertTrue(eps.signature(1).toString().contains("|eff:no|"));
    assertTrue(new ChrF(ChrFConfig.chrF()).signature(1).toString().contains("|eff:yes|"));
  }
}
