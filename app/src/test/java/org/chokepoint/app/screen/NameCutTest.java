package org.chokepoint.app.screen;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NameCutTest {
    private static final String NATO = "alpha bravo charlie delta echo foxtrot golf hotel india juliett kilo lima mike november "
            + "oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu";

    private static String words(int n) {
        String[] all = (NATO + " amber basalt cobalt dune").split(" ");
        return String.join(" ", java.util.Arrays.copyOf(all, n));
    }

    /** A name of 30 short words (172 characters) lost its last six without a word: the matcher reads 24 tokens. */
    @Test
    void aNameOfMoreWordsThanTheMatcherReadsIsSaidToBeCut() {
        assertEquals(List.of("the name has more words than the matcher reads; only its first 24 are matched (up to 'xray')"),
                NameCut.notes(words(30)));
        assertEquals(List.of("the name has more words than the matcher reads; only its first 24 are matched (up to 'xray')"),
                NameCut.notes(words(25)));
    }

    @Test
    void aNameTheMatcherReadsWholeHasNoNote() {
        assertEquals(List.of(), NameCut.notes("Kim Jong Un"));
        assertEquals(List.of(), NameCut.notes(words(24)), "exactly at the limit, nothing is cut");
        assertEquals(List.of(), NameCut.notes("PANDA INTERNATIONAL TRADING CO., LTD."));
    }

    @Test
    void aNameOverTheCharacterLimitIsSaidOnce() {
        assertEquals(List.of("the name has 412 characters; only its first 300 are matched"), NameCut.notes("Kim Jong Un " + "x".repeat(400)));
    }
}
