package io.translationworkbench.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.translationworkbench.HeadlessChromium;
import io.translationworkbench.TestTexts;
import io.translationworkbench.Workbench;
import io.translationworkbench.align.AlignerParams;
import io.translationworkbench.cli.Main;
import io.translationworkbench.review.Correction;
import io.translationworkbench.review.Decision;
import io.translationworkbench.review.ReviewDecision;
import io.translationworkbench.review.ReviewFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The review desk in a real headless Chromium (Debian's {@code chromium} and {@code
 * chromium-driver}, driven through WebDriver; nothing is downloaded), on the sample pair with the
 * real pipeline: a reviewer opens the corpus, the pair, filters to errors, dismisses a flag with
 * the keyboard, undoes it, confirms another and types a correction whose findings change as they
 * type. Then review.json, a rerun of {@code report} and {@code check} must say what the page
 * showed.
 *
 * <p>Without the browser the test is skipped, unless {@code WORKBENCH_REQUIRE_BROWSER} is set (as
 * {@code .ci/run} does after installing it), when it fails. With {@code -Ddesk.screenshots=docs} it
 * writes the three pages' screenshots there (the committed ones under docs/); otherwise under
 * target/.
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ReviewDeskBrowserTest {
  static final String ORPHAN = "NEWSROOM_ORPHAN_SUBORDINATE";
  // the sample's first error sentence, corrected: it has no main clause, the correction has one
  static final String CORRECTED =
      "Le président Donald Trump a donné à ByteDance jusqu’au 15 septembre pour finaliser"
          + " l’accord.";

  @TempDir static Path root;
  Path articles;
  Path pair;
  Workbench workbench;
  ReviewDesk desk;
  WebDriver driver;
  WebDriverWait wait;
  Path shots;

  @BeforeAll
  void start() throws IOException {
    HeadlessChromium.requirePresent();
    // the project's configuration and rule files, with a glossary the desk can add to
    articles = root.resolve("articles");
    pair = TestTexts.copySample(articles.resolve("sample"));
    copyTree(Path.of("rules"), root.resolve("rules"));
    String config = Files.readString(Path.of("workbench.json"));
    Files.writeString(
        root.resolve("workbench.json"),
        config.replace("\"glossary\": []", "\"glossary\": [\"glossary.txt\"]"));
    Files.writeString(root.resolve("glossary.txt"), "# names and words the speller lacks\n");
    workbench =
        new Workbench(root.resolve("workbench.json"), AlignerParams.defaults(), (Path) null);
    desk = new ReviewDesk(articles, root.resolve("workbench.json"), workbench, 0, "browser");
    shots = Path.of(System.getProperty("desk.screenshots", "target/desk-screenshots"));
    Files.createDirectories(shots);

    driver = HeadlessChromium.start(root.resolve("chromium-profile"), 1280, 1000);
    driver.manage().window().setSize(new Dimension(1280, 1000));
    wait = new WebDriverWait(driver, Duration.ofSeconds(60));
  }

  @AfterAll
  void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (desk != null) {
      desk.close();
    }
    if (workbench != null) {
      workbench.close();
    }
  }

  @Test
  void aReviewerWorksThroughTheSamplePairWithTheKeyboard() throws Exception {
    String base = "http://127.0.0.1:" + desk.port();
    // the corpus: the pair with its verdict and why
    driver.manage().window().setSize(new Dimension(1400, 1000));
    driver.get(base + "/");
    // the page shows the pair as "analysing…" until the desk's first analysis is done, and reloads
    // itself every 3 s until then
    wait.until(d -> !d.findElements(By.cssSelector("tr[data-pair=sample] td.gate")).isEmpty());
    WebElement row = driver.findElement(By.cssSelector("tr[data-pair=sample]"));
    assertEquals("fail", row.findElement(By.cssSelector("td.gate")).getAttribute("data-v"));
    assertTrue(row.findElement(By.cssSelector("ul.why")).getText().contains("error-flags 3 > 0"));
    assertFalse(row.findElements(By.cssSelector("svg.spark rect")).isEmpty());
    // sortable: a click on "errors" sorts (one row: still there, header marked)
    WebElement errorsHeader = driver.findElement(By.xpath("//th[text()='errors']"));
    errorsHeader.click();
    assertEquals("descending", errorsHeader.getAttribute("aria-sort"));
    screenshot("desk-corpus.png");

    driver.manage().window().setSize(new Dimension(1280, 1000));
    // the pair, then the errors only
    row.findElement(By.cssSelector("a.pair")).click();
    ready();
    driver
        .findElement(By.xpath("//nav[starts-with(normalize-space(.),'Show:')]/a[text()='error']"))
        .click();
    ready();
    assertTrue(driver.getCurrentUrl().contains("severity=error"), driver.getCurrentUrl());
    List<WebElement> errors = flags();
    assertEquals(3, errors.size(), "the sample has three error flags");
    for (WebElement e : errors) {
      assertEquals("error", e.getAttribute("data-severity"));
      assertEquals("open", e.getAttribute("data-state"));
    }
    String first = errors.get(0).getAttribute("data-fp");
    String second = errors.get(1).getAttribute("data-fp");
    assertTrue(errors.get(0).getAttribute("data-rule").startsWith(ORPHAN));
    assertEquals(first, selected().getAttribute("data-fp"), "the first open flag is selected");
    ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
    screenshot("desk-queue.png");
    // the two articles: a machine sentence picked lights up its aligned human partner
    WebElement machine =
        driver.findElement(By.cssSelector(".side.machine .sent[data-partner]:not(.nocp)"));
    ((JavascriptExecutor) driver)
        .executeScript("document.getElementById('sides').scrollIntoView()");
    machine.click();
    String partner = machine.getAttribute("data-partner").split(" ")[0];
    WebElement human = driver.findElement(By.id("s-" + partner));
    assertTrue(human.getAttribute("class").contains("partner"), human.getAttribute("class"));
    screenshot("desk-pair.png");
    machine.click();

    // d: dismiss with a reason, from the keyboard
    keys("d");
    WebElement reason =
        wait.until(d -> d.findElement(By.cssSelector("#queue .flag.sel input.reason")));
    reason.sendKeys("a headline fragment, not an error", Keys.ENTER);
    ready();
    assertEquals("dismissed", flag(first).getAttribute("data-state"));
    assertEquals(second, selected().getAttribute("data-fp"), "focus moves to the next open flag");
    assertEquals(
        Decision.DISMISSED, review().find(first).map(ReviewDecision::decision).orElse(null));

    // u: undo, the flag is open again and review.json forgets it
    keys("u");
    ready();
    wait.until(d -> "open".equals(flag(first).getAttribute("data-state")));
    assertTrue(review().find(first).isEmpty());

    // j then c: confirm the second error flag
    selectFlag(second);
    keys("c");
    ready();
    wait.until(d -> "confirmed".equals(flag(second).getAttribute("data-state")));

    // e: correct the first flag's sentence; its findings change while typing
    selectFlag(first);
    keys("e");
    WebElement editor = wait.until(d -> d.findElement(By.cssSelector("#queue .flag.sel textarea")));
    WebElement out = driver.findElement(By.cssSelector("#queue .flag.sel .recheck"));
    wait.until(d -> "1".equals(out.getAttribute("data-count")));
    assertTrue(out.getText().contains(ORPHAN), out.getText());
    editor.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    editor.sendKeys(CORRECTED);
    wait.until(d -> CORRECTED.equals(out.getAttribute("data-text")));
    assertEquals("0", out.getAttribute("data-count"), out.getText());
    screenshot("desk-correction.png");
    editor.sendKeys(Keys.ENTER);
    ready();
    WebElement hter = wait.until(d -> d.findElement(By.cssSelector("#post-editing strong")));
    double pageHter = Double.parseDouble(hter.getAttribute("data-hter"));
    assertTrue(pageHter > 0, "a correction costs edits");
    int open = count("open");
    int confirmed = count("confirmed");
    int dismissed = count("dismissed");

    // review.json holds what the page did
    ReviewFile file = review();
    assertEquals(1, file.decisions().size(), file.decisions().toString());
    assertEquals(Decision.CONFIRMED, file.find(second).orElseThrow().decision());
    Correction c = file.corrections().get(0);
    assertEquals(CORRECTED, c.corrected());
    assertTrue(c.sentence().startsWith("Où le président Donald Trump"), c.sentence());

    // a rerun of report says the same
    Path reports = root.resolve("reports");
    String[] report = {
      "report",
      "--articles",
      articles.toString(),
      "--out",
      reports.toString(),
      "--config",
      root.resolve("workbench.json").toString()
    };
    assertEquals(0, run(report), "report");
    JsonNode json =
        new ObjectMapper()
            .readTree(reports.resolve("tiktok-bytedance-2020-09/report.json").toFile());
    JsonNode summary = json.get("summary");
    assertEquals(open, summary.get("open").asInt());
    assertEquals(confirmed, summary.get("confirmed").asInt());
    assertEquals(dismissed, summary.get("dismissed").asInt());
    assertEquals(1, json.get("postEditing").get("corrected").asInt());
    assertEquals(pageHter, json.get("postEditing").get("hter").asDouble(), 1e-6);
    for (JsonNode f : json.get("flags")) {
      if (f.get("flag").get("fingerprint").asText().equals(second)) {
        assertEquals("confirmed", f.get("state").asText());
      }
    }
    assertTrue(
        Files.readString(reports.resolve("tiktok-bytedance-2020-09/report.md")).contains("HTER"));

    // and so does check: the gate fails on the open errors, counts the confirmed one
    String[] check = {
      "check",
      "--root",
      root.toString(),
      "--config",
      root.resolve("workbench.json").toString(),
      "--sarif",
      root.resolve("reports/check.sarif").toString()
    };
    assertEquals(1, run(check), "check fails: two error flags are not dismissed");
    JsonNode sarif = new ObjectMapper().readTree(root.resolve("reports/check.sarif").toFile());
    JsonNode props =
        sarif.get("runs").get(0).get("properties").get("pairs").get("tiktok-bytedance-2020-09");
    assertEquals(open, props.get("open").asInt());
    assertEquals(confirmed, props.get("confirmed").asInt());
    assertEquals(dismissed, props.get("dismissed").asInt());
  }

  // ---- helpers

  private int run(String[] args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            args,
            new PrintWriter(out),
            new PrintWriter(err),
            new ByteArrayInputStream(new byte[0]),
            cfg -> workbench);
    // nothing on standard error but progress lines (a run silent for 2 s says what it waits for)
    assertTrue(
        code != 0
            || err.toString()
                .lines()
                .allMatch(l -> l.matches("workbench: \\d+ of \\d+ pairs done in \\d+ s.*")),
        err.toString());
    return code;
  }

  private ReviewFile review() {
    return ReviewFile.load(ReviewFile.pathIn(pair));
  }

  /** Waits until the page's script has run (it marks the body when ready). */
  private void ready() {
    wait.until(
        d -> {
          Object v =
              ((JavascriptExecutor) d)
                  .executeScript(
                      "return document.readyState === 'complete' && document.body"
                          + " && document.body.dataset.ready === 'true'"
                          + " && !document.body.dataset.seen ? (document.body.dataset.seen='1',true)"
                          + " : false");
          return Boolean.TRUE.equals(v);
        });
  }

  private List<WebElement> flags() {
    return driver.findElements(By.cssSelector("#queue .flag"));
  }

  private WebElement flag(String fp) {
    return driver.findElement(By.cssSelector("#queue .flag[data-fp='" + fp + "']"));
  }

  private WebElement selected() {
    return driver.findElement(By.cssSelector("#queue .flag.sel"));
  }

  private void selectFlag(String fp) {
    for (int n = 0; n < 10 && !fp.equals(selected().getAttribute("data-fp")); n++) {
      List<WebElement> all = flags();
      int at = all.indexOf(selected());
      int want = all.indexOf(flag(fp));
      keys(want > at ? "j" : "k");
    }
    assertEquals(fp, selected().getAttribute("data-fp"));
  }

  private void keys(String k) {
    new Actions(driver).sendKeys(k).perform();
  }

  private int count(String state) {
    String t = driver.findElement(By.cssSelector("#counts [data-count=" + state + "]")).getText();
    return Integer.parseInt(t.split(" ")[0]);
  }

  private void screenshot(String name) throws IOException {
    byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
    Files.write(shots.resolve(name), png);
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }
}
