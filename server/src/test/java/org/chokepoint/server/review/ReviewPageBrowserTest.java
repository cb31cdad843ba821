package org.chokepoint.server.review;

import org.chokepoint.cases.db.Sql;
import org.chokepoint.cases.trail.TrailRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The review page end to end in headless Chromium: sign in, find the case in the queue with the keyboard, dismiss
 * it with a reason, see it leave the queue, and find the dismissal in the database and the trail. Cases are
 * inserted with SQL; everything else goes through the page, the server and the case service.
 */
class ReviewPageBrowserTest {
    @TempDir
    static Path home;
    @TempDir
    Path scratch;
    static ReviewWorld world;
    ChromeDriver chrome;

    @BeforeAll
    static void start() {
        world = ReviewWorld.start(home);
        world.user("ana", "review");
    }

    @AfterAll
    static void stop() {
        world.close();
    }

    @BeforeEach
    void browser() {
        chrome = Chrome.start(scratch);
    }

    @AfterEach
    void quit() {
        chrome.quit();
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(chrome, Duration.ofSeconds(15));
    }

    private void signIn() {
        chrome.get(world.base() + "/review");
        waiting().until(ExpectedConditions.urlToBe(world.base() + "/review/login"));
        chrome.findElement(By.name("username")).sendKeys("ana");
        chrome.findElement(By.name("password")).sendKeys(ReviewWorld.PASSWORD);
        chrome.findElement(By.cssSelector("form[action='/review/login'] button[type=submit]")).click();
        waiting().until(ExpectedConditions.urlToBe(world.base() + "/review"));
    }

    private List<WebElement> rows() {
        return chrome.findElements(By.cssSelector("#queue tbody tr"));
    }

    @Test
    void signInOpenACaseByKeyboardDismissItAndFindItInTheTrail() {
        long other = world.openCase("Other Shipping Ltd", "OTHER SHIPPING", 0.88);
        long caseId = world.openCase("Kim Chol Su", "KIM, Chol-su", 0.93);
        signIn();
        List<WebElement> rows = rows();
        assertTrue(rows.size() >= 2, chrome.getPageSource());
        int target = -1;
        for (int i = 0; i < rows.size(); i++) if (rows.get(i).getText().contains("Kim Chol Su")) target = i;
        assertTrue(target >= 0, "the case is in the queue");
        assertTrue(rows.get(0).getAttribute("class").contains("selected"), "the first row starts selected");
        Actions keys = new Actions(chrome);
        for (int i = 0; i < target; i++) keys.sendKeys("j").perform();
        if (target == 0) keys.sendKeys("j").sendKeys("k").perform(); // down and back up: still the first row
        assertTrue(rows().get(target).getAttribute("class").contains("selected"), "j/k moved the selection to the case");
        keys.sendKeys(Keys.ENTER).perform();
        waiting().until(ExpectedConditions.urlToBe(world.base() + "/review/cases/" + caseId));
        assertEquals("Kim Chol Su", chrome.findElement(By.cssSelector("h1.party-name")).getText());
        assertFalse(chrome.findElements(By.cssSelector(".side mark")).isEmpty(), "the matched words are marked");

        WebElement dismiss = chrome.findElement(By.cssSelector("form.action.dismiss"));
        dismiss.findElement(By.cssSelector("button[type=submit]")).click();
        assertEquals(world.base() + "/review/cases/" + caseId, chrome.getCurrentUrl(), "the browser keeps a dismissal without a reason");
        dismiss.findElement(By.name("reason")).sendKeys("born 1961, the listed man 1984; other father's name");
        dismiss.findElement(By.cssSelector("button[type=submit]")).click();
        waiting().until(ExpectedConditions.urlToBe(world.base() + "/review"));
        String queue = chrome.findElement(By.tagName("body")).getText();
        assertFalse(queue.contains("Kim Chol Su"), "the dismissed case left the queue");
        assertTrue(queue.contains("Other Shipping Ltd"), "the other case stays");

        String alert = world.db().read(c -> Sql.one(c, "SELECT state FROM alerts WHERE case_id = ?", r -> r.getString(1), caseId)).orElseThrow();
        assertEquals("DISMISSED", alert);
        String caseState = world.db().read(c -> Sql.one(c, "SELECT state FROM cases WHERE case_id = ?", r -> r.getString(1), caseId)).orElseThrow();
        assertEquals("CLOSED", caseState);
        List<String> action = world.db().read(c -> Sql.one(c, "SELECT kind, actor, reason FROM case_actions WHERE case_id = ? AND kind = 'DISMISS'",
                r -> List.of(r.getString(1), r.getString(2), r.getString(3)), caseId)).orElseThrow();
        assertEquals(List.of("DISMISS", "user:ana", "born 1961, the listed man 1984; other father's name"), action);
        List<TrailRecord> trail = world.server.cases.trail().ofSubject("case:" + caseId);
        assertTrue(trail.stream().anyMatch(r -> r.kind().equals("case.dismiss") && r.actor().equals("user:ana")), trail.toString());
        assertEquals("OPEN", world.db().read(c -> Sql.one(c, "SELECT state FROM cases WHERE case_id = ?", r -> r.getString(1), other)).orElseThrow());

        chrome.get(world.base() + "/review/cases/" + caseId + "/trail");
        String trailPage = chrome.findElement(By.tagName("body")).getText();
        assertTrue(trailPage.contains("case.dismiss") && trailPage.contains("user:ana"), trailPage);
    }

    @Test
    void hostileNamesAreShownAsTextAndStoredAsTheyAre() {
        String script = "<script>window.__xss=1</script>\"quoted\"";
        String img = "<img src=x onerror=\"window.__xss=2\">";
        String sql = "'; DROP TABLE cases; --";
        long xss = world.openCase(script, img, 0.97);
        long drop = world.openCase(sql, "DROP TABLE", 0.86);
        signIn();
        String queue = chrome.findElement(By.tagName("body")).getText();
        assertTrue(queue.contains(script), queue);
        assertTrue(queue.contains(sql), queue);
        assertNull(chrome.executeScript("return window.__xss;"));

        chrome.get(world.base() + "/review/cases/" + xss);
        String page = chrome.findElement(By.tagName("body")).getText();
        assertTrue(page.contains(script), page);
        assertTrue(page.contains(img), page);
        assertTrue(chrome.findElements(By.cssSelector("main img")).isEmpty(), "no img element was made");
        assertNull(chrome.executeScript("return window.__xss;"));

        chrome.get(world.base() + "/review/cases/" + drop);
        assertEquals(sql, chrome.findElement(By.cssSelector("h1.party-name")).getText());
        String stored = world.db().read(c -> Sql.one(c, "SELECT pv.name FROM cases k JOIN party_versions pv ON pv.party_id = k.party_id"
                + " WHERE k.case_id = ?", r -> r.getString(1), drop)).orElseThrow();
        assertEquals(sql, stored);
        long cases = world.db().read(c -> Sql.longValue(c, "SELECT COUNT(*) FROM cases"));
        assertTrue(cases >= 2, "the cases table is still there");
    }
}
