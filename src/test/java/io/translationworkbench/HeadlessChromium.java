package io.translationworkbench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium driven through Debian's chromedriver, headless, for the browser tests: nothing
 * is downloaded. Without the browser a test is skipped, unless {@code WORKBENCH_REQUIRE_BROWSER} is
 * set (as {@code .ci/run} does after installing it), when it fails.
 */
public final class HeadlessChromium {
  public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  public static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  private HeadlessChromium() {}

  /** Skips the test (or fails it, when the browser is required) without Chromium. */
  public static void requirePresent() {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    if (System.getenv("WORKBENCH_REQUIRE_BROWSER") != null) {
      assertTrue(
          present,
          "WORKBENCH_REQUIRE_BROWSER is set but "
              + CHROMIUM
              + " or "
              + DRIVER
              + " is missing (apt-get install chromium chromium-driver)");
    }
    Assumptions.assumeTrue(present, "no chromium/chromedriver: browser test skipped");
  }

  /**
   * A headless Chromium with a new profile in {@code profile}, no background networking (this
   * machine's network is closed) and a window of {@code width} × {@code height}.
   */
  public static WebDriver start(Path profile, int width, int height) {
    requirePresent();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
        "--hide-scrollbars",
        "--force-device-scale-factor=1",
        "--user-data-dir=" + profile,
        "--window-size=" + width + "," + height);
    return new ChromeDriver(
        new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build(), options);
  }
}
