package org.chokepoint.server.review;

import org.chokepoint.app.Chokepoint;
import org.chokepoint.app.Config;
import org.chokepoint.cases.Cases;
import org.chokepoint.cases.CasesOptions;
import org.chokepoint.cases.db.StoreConfig;
import org.chokepoint.server.ServerMain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code chokepoint users create|list|disable} on a home of its own; the password comes from standard input. */
class ReviewPageUsersCommandTest {
    @TempDir
    Path home;

    @Test
    void createListAndDisableAUser() {
        String before = System.getProperty("chokepoint.home");
        InputStream in = System.in;
        PrintStream out = System.out;
        System.setProperty("chokepoint.home", home.toString());
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try {
            System.setIn(new ByteArrayInputStream("a-long-enough-password\n".getBytes(StandardCharsets.UTF_8)));
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            assertEquals(0, ServerMain.run("users", "create", "ana", "--role", "review"));
            assertEquals(2, ServerMain.run("users", "create", "bob", "--role", "screen"), "an unknown role is refused");
            assertEquals(0, ServerMain.run("users", "list"));
            assertEquals(0, ServerMain.run("users", "disable", "ana"));
            assertEquals(2, ServerMain.run("users", "disable", "ana"), "disabled already");
        } finally {
            System.setIn(in);
            System.setOut(out);
            if (before == null) System.clearProperty("chokepoint.home");
            else System.setProperty("chokepoint.home", before);
        }
        String text = printed.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("created user ana (role review)"), text);
        assertTrue(text.matches("(?s).*ana\\s+review\\s+active.*"), text);
        assertTrue(text.contains("disabled ana"), text);
        assertFalse(text.contains("a-long-enough-password"));
        Config c = Config.of(Path.of(System.getProperty("chokepoint.data")), home);
        try (Cases cases = Cases.open(Chokepoint.open(c, n -> { }), StoreConfig.embedded(home), CasesOptions.defaults())) {
            assertFalse(cases.users().find("ana").orElseThrow().active());
            assertTrue(cases.trail().ofSubject("user:ana").stream().anyMatch(r -> r.kind().equals("user.create") && r.actor().startsWith("cli:")));
        }
    }
}
