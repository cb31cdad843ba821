package org.chokepoint.server.review;

import org.chokepoint.cases.parties.PartyVersion;
import org.chokepoint.cases.review.ActionKind;
import org.chokepoint.cases.review.ActionState;
import org.chokepoint.cases.review.Alert;
import org.chokepoint.cases.review.AlertState;
import org.chokepoint.cases.review.CaseAction;
import org.chokepoint.cases.review.CaseDetail;
import org.chokepoint.cases.review.CaseState;
import org.chokepoint.cases.review.CaseSummary;
import org.chokepoint.cases.review.PairDecision;
import org.chokepoint.cases.users.Session;
import org.chokepoint.cases.users.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pages as rendered from the case records, without the case service: the escaping, the marks, and the case
 * page in a real browser (the README's screenshot is of a real case: {@link ReviewScreenshotTest}).
 */
class ReviewPageRenderingTest {
    private static final Session ANA = new Session("t", "csrf-token-of-ana", "ana", "review", "2026-12-02T06:00:00.000Z");
    private static final List<User> USERS = List.of(new User("ana", "review", "2026-11-01T09:00:00.000Z", null),
            new User("ben", "admin", "2026-11-01T09:00:00.000Z", null));

    @TempDir
    Path dir;

    @Test
    void escapesEverythingItShows() {
        assertEquals("&lt;script&gt;x&lt;/script&gt;&quot;q&quot; &#39;; DROP TABLE cases; --&amp;",
                Html.esc("<script>x</script>\"q\" '; DROP TABLE cases; --&"));
        assertEquals("", Html.esc(null));
        assertEquals("plain", Html.esc("plain"));
    }

    @Test
    void marksTheMatchedWordsAndEscapesTheRest() {
        assertEquals("<mark>KIM</mark>, <mark>Chol</mark>-su &lt;b&gt;", Highlight.marked("KIM, Chol-su <b>", List.of("kim", "chol")));
        assertEquals("<mark>Müller</mark> &amp; Co", Highlight.marked("Müller & Co", List.of("muller")));
        assertEquals("&lt;img src=x&gt;", Highlight.marked("<img src=x>", List.of()));
    }

    @Test
    void aCasePageShowsHostileNamesAsTextInARealBrowser() throws IOException {
        CaseDetail d = detail("<script>window.__xss=1</script>\"quoted\"", "<img src=x onerror=\"window.__xss=2\">");
        String html = CasePage.render(ANA, d, USERS);
        assertFalse(html.contains("<script>window"), "no raw script tag");
        assertFalse(html.contains("<img src=x"), "no raw img tag");
        assertTrue(html.contains("name=\"csrf\" value=\"csrf-token-of-ana\""), "every form carries the session's token");
        assertTrue(html.contains("<textarea name=\"reason\" required"), "a decision needs a reason");
        ChromeDriver chrome = Chrome.start(dir);
        try {
            chrome.get(page(html).toUri().toString());
            String text = chrome.findElement(By.tagName("body")).getText();
            assertTrue(text.contains("<script>window.__xss=1</script>\"quoted\""), text);
            assertTrue(text.contains("<img src=x onerror=\"window.__xss=2\">"), text);
            assertNull(chrome.executeScript("return window.__xss;"));
        } finally {
            chrome.quit();
        }
    }

    @Test
    void aCasePageMarksTheMatchedWordsOnBothSides() throws IOException {
        String html = CasePage.render(ANA, detail("Kim Chol Su", "KIM, Chol-su"), USERS);
        assertTrue(html.contains("<mark>Kim</mark> <mark>Chol</mark> <mark>Su</mark>"), "the party's matched words are marked");
        assertTrue(html.contains("<mark>KIM</mark>, <mark>Chol</mark>-<mark>su</mark>"), "the entry's matched words are marked");
        ChromeDriver chrome = Chrome.start(dir);
        try {
            chrome.get(page(html).toUri().toString());
            assertEquals(3, chrome.findElements(By.cssSelector(".side:not(.entry) mark")).size(), "the party's three words");
            assertEquals(6, chrome.findElements(By.cssSelector(".side.entry mark")).size(), "three words in each of the entry's two names");
            assertTrue(chrome.getScreenshotAs(OutputType.BYTES).length > 10_000);
        } finally {
            chrome.quit();
        }
    }

    @Test
    void theQueueMovesItsSelectionWithJKAndTheArrows() throws IOException {
        List<CaseSummary> rows = List.of(
                new CaseSummary(12, "C-1001", "Kim Chol Su", CaseState.OPEN, false, null, 1, 0.97, "ofac-sdn,un-sc",
                        "2026-11-28T09:14:00.000Z", "2026-12-01T08:00:00.000Z", false),
                new CaseSummary(13, "C-1002", "<b>Bold</b> Shipping", CaseState.OPEN, true, "ana", 2, 0.88, "eu-fsf",
                        "2026-11-30T09:14:00.000Z", "2026-12-01T08:00:00.000Z", true),
                new CaseSummary(14, "C-1003", "Alpha Trading", CaseState.OPEN, false, null, 1, 0.81, "uk-hmt",
                        "2026-12-01T07:14:00.000Z", "2026-12-01T08:00:00.000Z", false));
        String html = QueuePage.render(ANA, new QueuePage.Filter("", "0.8", "", "unassigned"), rows, USERS);
        assertTrue(html.contains("&lt;b&gt;Bold&lt;/b&gt; Shipping"), html);
        assertTrue(html.contains("<option value=\"unassigned\" selected>"), "the filter is shown back");
        ChromeDriver chrome = Chrome.start(dir);
        try {
            chrome.get(page(html).toUri().toString());
            Actions keys = new Actions(chrome);
            assertEquals(0, selected(chrome));
            keys.sendKeys("j").perform();
            assertEquals(1, selected(chrome));
            keys.sendKeys(Keys.ARROW_DOWN).sendKeys(Keys.ARROW_DOWN).perform();
            assertEquals(2, selected(chrome), "stops at the last row");
            keys.sendKeys("k").perform();
            assertEquals(1, selected(chrome));
            keys.sendKeys(Keys.ARROW_UP).perform();
            assertEquals(0, selected(chrome));
            keys.sendKeys("j").sendKeys(Keys.ENTER).perform();
            new WebDriverWait(chrome, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/review/cases/13"));
        } finally {
            chrome.quit();
        }
    }

    private static int selected(ChromeDriver chrome) {
        List<WebElement> rows = chrome.findElements(By.cssSelector("#queue tbody tr"));
        for (int i = 0; i < rows.size(); i++) if (rows.get(i).getAttribute("class").contains("selected")) return i;
        return -1;
    }

    /** The page as a file beside the stylesheet (the server's asset, so the screenshot shows the real look). */
    private Path page(String html) throws IOException {
        Path file = dir.resolve("case.html");
        Files.writeString(file, html.replace("/review/assets/review.css", "review.css").replace("/review/assets/review.js", "review.js"));
        for (String asset : List.of("review.css", "review.js")) {
            try (InputStream in = ReviewPages.class.getResourceAsStream("/review/" + asset)) {
                Files.copy(in, dir.resolve(asset), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return file;
    }

    private static CaseDetail detail(String partyName, String entryName) {
        CaseSummary s = new CaseSummary(12, "C-1001", partyName, CaseState.OPEN, false, "ana", 1, 0.93, "ofac-sdn",
                "2026-11-28T09:14:00.000Z", "2026-12-01T08:00:00.000Z", false);
        PartyVersion p = new PartyVersion("C-1001", 2, partyName, "Person", "KP", "1961-03-04", List.of("passport:PD1234567"),
                Map.of(), "ph", "2026-11-28T09:00:00.000Z");
        String explanation = "{\"summary\":\"all three name words match; birth date agrees; country agrees\",\"tokens\":["
                + "{\"queryToken\":\"kim\",\"listToken\":\"kim\",\"method\":\"exact\",\"similarity\":1.0},"
                + "{\"queryToken\":\"chol\",\"listToken\":\"chol\",\"method\":\"exact\",\"similarity\":1.0},"
                + "{\"queryToken\":\"su\",\"listToken\":\"su\",\"method\":\"exact\",\"similarity\":1.0}],"
                + "\"evidence\":[{\"fact\":\"birth date 1961-03-04 on both\",\"effect\":\"supports\",\"note\":null},"
                + "{\"fact\":\"country KP on both\",\"effect\":\"supports\",\"note\":null}]}";
        String entity = "{\"key\":\"ofac-sdn:36215\",\"source\":\"ofac-sdn\",\"sourceId\":\"36215\",\"schema\":\"PERSON\","
                + "\"names\":[{\"value\":" + ReviewWorld.json(entryName) + ",\"kind\":\"PRIMARY\"},{\"value\":\"Kim Chol-su\",\"kind\":\"ALIAS\"}],"
                + "\"birthDates\":[{\"raw\":\"1961-03-04\"}],\"nationalities\":[\"KP\"],\"programs\":[\"DPRK3\",\"NPWMD\"],"
                + "\"identifiers\":[{\"type\":\"Passport\",\"value\":\"PD1234567\",\"country\":\"KP\"}],"
                + "\"addresses\":[{\"full\":\"Pyongyang, North Korea\"}],"
                + "\"links\":[{\"type\":\"EMPLOYED_BY\",\"targetName\":\"Korea Mining Development Trading Corporation\"}],"
                + "\"listedOn\":{\"raw\":\"2016-12-02\"}}";
        Alert a = new Alert(41, 12, "C-1001", 2, "ofac-sdn:36215", "ofac-sdn", "46b7c0ffee12", 0.93, entryName, explanation, entity,
                AlertState.OPEN, null, "2026-11-28T09:14:00.000Z", null);
        List<CaseAction> actions = List.of(
                new CaseAction(7, 12, null, ActionKind.ASSIGN, "user:ben", null, "ana", ActionState.EFFECTIVE, null, "2026-11-28T10:02:00.000Z"),
                new CaseAction(8, 12, null, ActionKind.COMMENT, "user:ana", "Asked the branch for a passport copy.", null,
                        ActionState.EFFECTIVE, null, "2026-11-29T14:31:00.000Z"));
        List<PairDecision> earlier = List.of(new PairDecision("C-1001", "ofac-sdn:36215", AlertState.DISMISSED, "old", "old", 17, 3,
                "2026-06-03T11:20:00.000Z"));
        return new CaseDetail(s, p, List.of(a), actions, earlier);
    }
}
