package kz.saylau.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium, driven through Debian's chromedriver: no browser or driver is downloaded (Selenium
 * Manager is never asked, since both paths are given). {@code ./saylau test} installs both and axe-core.
 */
final class Browser implements AutoCloseable {

    static final String CHROMIUM = System.getProperty("saylau.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("saylau.chromedriver", "/usr/bin/chromedriver");
    static final Path AXE = Path.of(System.getProperty("saylau.axe",
            SystemUnderTest.root().resolve(".saylau/npm/node_modules/axe-core/axe.min.js").toString()));
    static final Path SHOTS = SystemUnderTest.root().resolve("system-tests/target/screenshots");

    final ChromeDriver driver;
    private final Path profile;

    Browser(boolean javaScript) throws Exception {
        if (!Files.isExecutable(Path.of(CHROMIUM)) || !Files.isExecutable(Path.of(CHROMEDRIVER))) {
            throw new AssertionError("the browser tests need Debian's chromium and chromium-driver (" + CHROMIUM + ", "
                    + CHROMEDRIVER + "): ./saylau test installs them");
        }
        profile = Files.createTempDirectory("saylau-chromium");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments("--headless=new", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--window-size=412,2400",
                "--user-data-dir=" + profile);
        if (!javaScript) {
            options.addArguments("--blink-settings=scriptEnabled=false");
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(60));
    }

    Browser open(String path) {
        driver.get(SystemUnderTest.GATEWAY + path);
        return this;
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** axe-core's violations on the page as loaded: rule id and the elements it found, empty when none. */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> axeViolations() throws Exception {
        js(Files.readString(AXE));
        Object result = ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations.map(v => ({id: v.id, "
                        + "impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}))))"
                        + ".catch(e => done([{id: 'axe-failed', help: String(e)}]));");
        return (List<Map<String, Object>>) result;
    }

    /** A screenshot of the whole page under system-tests/target/screenshots, for review. */
    void screenshot(String name) throws Exception {
        Files.createDirectories(SHOTS);
        Files.write(SHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void close() throws Exception {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
