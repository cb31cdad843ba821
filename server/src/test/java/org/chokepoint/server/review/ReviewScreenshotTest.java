package org.chokepoint.server.review;

import com.fasterxml.jackson.databind.JsonNode;
import org.chokepoint.server.ServerFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A real case on the bundled lists, end to end: a party posted to the API as a bank would, screened against the
 * real SDN entry of Dandong Hongxiang (the 2016 designation of the case this product exists for), opened by a
 * reviewer in headless Chromium. The screenshot goes to {@code server/target/review-case.png}; with
 * {@code -Dchokepoint.screenshot=docs} it replaces the README's {@code docs/review-case.png}.
 */
class ReviewScreenshotTest {
    @TempDir
    Path dir;

    @Test
    void aRealCaseOnTheBundledLists() throws IOException {
        ServerFixture f = ServerFixture.shared();
        String user = "rev-" + UUID.randomUUID().toString().substring(0, 8);
        f.cases.users().create(user, ReviewWorld.PASSWORD.toCharArray(), "review", "test");
        String party = "C-" + UUID.randomUUID().toString().substring(0, 6);
        ServerFixture.Reply up = f.post("/v1/parties", f.reviewKey, "{\"parties\": [{\"id\": \"" + party + "\","
                + " \"name\": \"Dandong Hongxiang Industrial Development Co., Ltd.\", \"type\": \"company\", \"country\": \"China\","
                + " \"segment\": \"trade finance\"}]}");
        assertEquals(200, up.status(), up.body());
        long caseId = -1;
        for (JsonNode c : f.get("/v1/cases?limit=1000", f.reviewKey).json().get("cases")) {
            if (c.get("party").asText().equals(party)) caseId = c.get("id").asLong();
        }
        assertTrue(caseId > 0, "a case for the party");

        ChromeDriver chrome = Chrome.start(dir);
        try {
            chrome.manage().window().setSize(new Dimension(1400, 1500));
            String base = "http://127.0.0.1:" + f.uri("/").getPort();
            chrome.get(base + "/review/login");
            chrome.findElement(By.name("username")).sendKeys(user);
            chrome.findElement(By.name("password")).sendKeys(ReviewWorld.PASSWORD);
            chrome.findElement(By.cssSelector("form[action='/review/login'] button[type=submit]")).click();
            // The sign-in redirect must land before the case is opened, or it replaces the case page with the queue.
            WebDriverWait waiting = new WebDriverWait(chrome, Duration.ofSeconds(15));
            waiting.until(ExpectedConditions.urlToBe(base + "/review"));
            chrome.get(base + "/review/cases/" + caseId);
            waiting.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".side.entry")));
            String page = chrome.findElement(By.tagName("body")).getText();
            assertTrue(page.contains("Dandong Hongxiang Industrial Development Co., Ltd."), page);
            assertTrue(page.contains("ofac-sdn"), page);
            assertTrue(chrome.findElements(By.cssSelector(".side.entry mark")).size() >= 3,
                    () -> "the entry's matched words marked: " + chrome.findElement(By.tagName("main")).getAttribute("innerHTML"));
            byte[] png = chrome.getScreenshotAs(OutputType.BYTES);
            assertTrue(png.length > 10_000);
            Path target = Path.of(System.getProperty("user.dir")).resolve("target");
            Files.createDirectories(target);
            Files.write(target.resolve("review-case.png"), png);
            if ("docs".equals(System.getProperty("chokepoint.screenshot"))) {
                Files.write(Path.of(System.getProperty("user.dir")).getParent().resolve("docs/review-case.png"), png);
            }
        } finally {
            chrome.quit();
        }
    }
}
