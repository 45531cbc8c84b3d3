package io.translationworkbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.translationworkbench.HeadlessChromium;
import io.translationworkbench.PairReport;
import io.translationworkbench.gate.Gate;
import io.translationworkbench.gate.GatePolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The corpus report's HTML page in a real headless Chromium, opened from a file as a reader would:
 * its sorting script runs under the page's own Content-Security-Policy (the headers become buttons)
 * and sorts the pairs by a numeric column both ways; the system name with markup stays text.
 * Skipped without Debian's chromium and chromium-driver unless {@code WORKBENCH_REQUIRE_BROWSER} is
 * set.
 */
@Tag("browser")
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class CorpusReportBrowserTest {

  @TempDir Path tmp;

  @Test
  void pairsTableSortsByAColumnUnderThePagesOwnPolicy() throws Exception {
    HeadlessChromium.requirePresent();
    List<PairReport> reports = CorpusFixtures.corpus();
    CorpusReport c =
        CorpusReport.of(reports, Gate.evaluate(reports, GatePolicy.defaults(), null, Path.of("")));
    Path page = tmp.resolve("index.html");
    Files.writeString(page, new CorpusHtmlWriter().write(c));

    WebDriver driver = HeadlessChromium.start(tmp.resolve("profile"), 1280, 1000);
    try {
      driver.get(page.toUri().toString());
      WebElement table = driver.findElement(By.cssSelector("table.sortable"));
      List<WebElement> buttons = table.findElements(By.cssSelector("thead th button"));
      assertEquals(13, buttons.size(), "the script did not run: no sort buttons");
      assertEquals(
          List.of("alpha--doc1", "beta--doc1", "beta--doc2", "doc2\"&<>"), firstColumn(table));
      WebElement bleu =
          buttons.stream().filter(b -> b.getText().equals("BLEU")).findFirst().orElseThrow();
      bleu.click();
      assertEquals(
          List.of("beta--doc1", "doc2\"&<>", "alpha--doc1", "beta--doc2"), firstColumn(table));
      assertEquals("ascending", bleu.findElement(By.xpath("..")).getAttribute("aria-sort"));
      bleu.click();
      assertEquals(
          List.of("beta--doc2", "alpha--doc1", "doc2\"&<>", "beta--doc1"), firstColumn(table));
      // the system name with markup is text, and no script of its own ran
      assertTrue(
          driver.findElement(By.tagName("body")).getText().contains(CorpusFixtures.HOSTILE_SYSTEM));
      assertEquals(1, driver.findElements(By.tagName("script")).size());
    } finally {
      driver.quit();
    }
  }

  private static List<String> firstColumn(WebElement table) {
    return table.findElements(By.cssSelector("tbody tr th")).stream()
        .map(WebElement::getText)
        .toList();
  }
}
