package kz.saylau.system;

import static io.restassured.RestAssured.given;
import static kz.saylau.system.SystemUnderTest.GATEWAY;
import static kz.saylau.system.SystemUnderTest.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.restassured.path.json.JsonPath;

/**
 * The election-night page (issue 17) in a real browser against the running system: it shows what the API says, a
 * protocol posted meanwhile appears without a reload, a correction shows as one, the three languages, the page
 * without JavaScript, axe-core on every level. Screenshots of each level go to system-tests/target/screenshots.
 */
class ElectionPageIT {

    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

    private static String text(Browser b, String css) {
        return b.driver.findElement(By.cssSelector(css)).getText().trim();
    }

    private static String votesShown(Browser b, String candidate) {
        return text(b, "[data-candidate='" + candidate + "'] [data-f='votes']");
    }

    @Test
    void thePageFollowsTheCountLiveInThreeLanguagesReadableWithoutScriptAndAccessible() throws Exception {
        ElectionFixture fx = new ElectionFixture();
        String second = fx.precinct + "B";
        as(fx.tec).body(Map.of("code", second, "unitCode", fx.unit, "name", "Мектеп 2", "votersOnList", 800))
                .post("/api/precincts").then().statusCode(201);
        fx.withBallot();
        String id = fx.election;
        List<String> candidates = given().baseUri(GATEWAY).get("/api/elections/" + id + "/ballot").jsonPath()
                .getList("options.findAll { it.kind == 'CANDIDATE' }.candidateId", String.class);
        String a = candidates.get(0), b = candidates.get(1);
        JsonPath calendar = as(fx.cec).get("/api/elections/" + id).jsonPath();
        OffsetDateTime opens = OffsetDateTime.parse(calendar.getString("calendar.pollsOpen"));
        OffsetDateTime closes = OffsetDateTime.parse(calendar.getString("calendar.pollsClose"));

        // voting: turnout only, and the embargo with the hour the polls close
        ElectionNightIT.clock(fx.cec, opens.plusHours(3));
        as(fx.cec).body(Map.of("asOf", opens.plusHours(3).toString(), "ballotsIssued", 310))
                .post("/api/elections/" + id + "/precincts/" + fx.precinct + "/turnout").then().statusCode(201);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().baseUri(GATEWAY)
                .get("/api/results/turnout?election=" + id).then().body("course.size()", equalTo(1)));
        try (Browser page = new Browser(true)) {
            page.open("/elections/" + id + "?lang=en");
            assertTrue(text(page, "[data-embargo]").contains("Results after " + closes.format(HOURS)), text(page, "[data-embargo]"));
            assertEquals("310", text(page, "table.course tbody td.num"));
            assertEquals("—", votesShown(page, a), "no vote is shown before the polls close (R-V3)");
            page.screenshot("election-voting-en");
        }

        ElectionNightIT.clock(fx.cec, closes.plusMinutes(5));
        as(fx.cec).body(ElectionNightIT.protocol(1000, 700, 690, 400, 280, a, b))
                .post("/api/elections/" + id + "/precincts/" + fx.precinct + "/protocol").then().statusCode(201);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().baseUri(GATEWAY)
                .get("/api/results/elections/" + id).then().body("precinctsReporting", equalTo(1)));

        try (Browser page = new Browser(true)) {
            page.open("/elections/" + id + "?lang=en");
            WebDriverWait live = new WebDriverWait(page.driver, Duration.ofSeconds(10));
            live.until(d -> "live".equals(d.findElement(By.id("live")).getDomAttribute("data-state")));
            // the page shows what the API says
            JsonPath result = given().baseUri(GATEWAY).get("/api/results/elections/" + id).jsonPath();
            assertEquals(result.getString("candidates.find { it.candidateId == '" + a + "' }.votes"), votesShown(page, a));
            assertEquals(result.getString("candidates.find { it.candidateId == '" + b + "' }.votes"), votesShown(page, b));
            assertEquals("1", text(page, "[data-f='precinctsReporting']"));
            assertEquals(String.format(java.util.Locale.ROOT, "%.1f%%", result.getDouble("turnoutPct")), text(page, "[data-f='turnoutPct']"));

            // a protocol posted now appears within 2 s, without a reload
            page.js("window.saylauMarker = 42;");
            as(fx.cec).body(ElectionNightIT.protocol(800, 500, 500, 200, 290, a, b))
                    .post("/api/elections/" + id + "/precincts/" + second + "/protocol").then().statusCode(201);
            new WebDriverWait(page.driver, Duration.ofSeconds(2)).until(d -> "2".equals(
                    d.findElement(By.cssSelector("[data-f='precinctsReporting']")).getText().trim()));
            new WebDriverWait(page.driver, Duration.ofSeconds(2)).until(d -> "600".equals(votesShown(page, a)));
            assertEquals(42L, page.js("return window.saylauMarker;"), "the page was not reloaded");

            // a correction lowers a's votes: shown as a correction, with the figure it replaces
            Map<String, Object> fix = new HashMap<>(ElectionNightIT.protocol(800, 500, 500, 150, 290, a, b));
            fix.put("supersedesVersion", 1);
            fix.put("reason", "recount ordered by the district commission");
            fix.put("decisionRef", "TEC 3/14");
            as(fx.tec).body(fix).post("/api/elections/" + id + "/precincts/" + second + "/protocol/corrections")
                    .then().statusCode(201);
            new WebDriverWait(page.driver, Duration.ofSeconds(2)).until(d -> "550".equals(votesShown(page, a)));
            WebElement mark = page.driver.findElement(By.cssSelector("[data-candidate='" + a + "'] .live-mark"));
            assertTrue(mark.getText().contains("corrected") && mark.getText().contains("was 600"), mark.getText());
            page.screenshot("election-en");

            // the language switch: the page's words and the system's words follow; names stay as registered
            page.driver.findElement(By.linkText("Қазақша")).click();
            live.until(d -> "kk".equals(d.findElement(By.tagName("html")).getDomAttribute("lang")));
            assertEquals("Кандидаттар", text(page, "#cand-h"));
            String counting = given().baseUri(GATEWAY).header("Accept-Language", "kk").get("/api/labels")
                    .jsonPath().getString("labels.'resultStatus.COUNTING'");
            assertEquals(counting, text(page, "[data-f='status']"));
            assertTrue(page.driver.getPageSource().contains("Қатаркөл ауылдық округі"));
            page.screenshot("election-kk");
            page.driver.findElement(By.linkText("Русский")).click();
            live.until(d -> "ru".equals(d.findElement(By.tagName("html")).getDomAttribute("lang")));
            assertEquals("Кандидаты", text(page, "#cand-h"));
            page.screenshot("election-ru");

            // the protocol: both versions, the correction's reason and decision, each tracker as the API has it
            page.open("/elections/" + id + "/precincts/" + second + "?lang=en");
            List<Map<String, Object>> versions = given().baseUri(GATEWAY)
                    .get("/api/elections/" + id + "/precincts/" + second + "/protocol?history=true").jsonPath().getList("$");
            assertEquals(2, page.driver.findElements(By.cssSelector("table.chain tbody tr")).size());
            String chain = text(page, "table.chain");
            assertTrue(chain.contains("recount ordered by the district commission") && chain.contains("TEC 3/14"), chain);
            assertTrue(chain.contains((String) versions.get(0).get("tracker")) && chain.contains((String) versions.get(1).get("tracker")), chain);

            // every level: no axe-core violation, and a screenshot for review
            Map<String, String> levels = new LinkedHashMap<>();
            levels.put("country", "/?day=" + fx.votingDay + "&lang=en");
            levels.put("region", "/regions/" + fx.region + "?day=" + fx.votingDay + "&lang=en");
            levels.put("district", "/districts/" + fx.district + "?day=" + fx.votingDay + "&lang=en");
            levels.put("unit", "/units/" + fx.unit + "?lang=en");
            levels.put("election", "/elections/" + id + "?lang=en");
            levels.put("precinct", "/elections/" + id + "/precincts/" + second + "?lang=en");
            levels.put("election-kk", "/elections/" + id + "?lang=kk");
            for (Map.Entry<String, String> level : levels.entrySet()) {
                page.open(level.getValue());
                assertEquals(List.of(), page.axeViolations(), level.getKey() + " " + level.getValue());
                page.screenshot("level-" + level.getKey());
            }

            // small: the country page's first load (document, script, style) under 100 KB
            page.open("/?day=" + fx.votingDay + "&lang=en");
            Number bytes = (Number) page.js("return performance.getEntriesByType('navigation').concat("
                    + "performance.getEntriesByType('resource')).reduce((s, e) => s + (e.transferSize || e.encodedBodySize || 0), 0);");
            assertTrue(bytes.longValue() > 0 && bytes.longValue() < 100_000, bytes + " bytes");
        }

        // without JavaScript: the same numbers, and no claim to be live
        try (Browser plain = new Browser(false)) {
            plain.open("/elections/" + id + "?lang=en");
            assertEquals("550", votesShown(plain, a));
            assertEquals("570", votesShown(plain, b));
            assertEquals("2", text(plain, "[data-f='precinctsReporting']"));
            assertEquals("Figures as of loading (not live)", text(plain, "#live"));
            plain.screenshot("election-no-script");
        }
    }
}
