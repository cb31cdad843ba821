package org.chokepoint.rules;

import org.chokepoint.model.Detail;
import org.chokepoint.model.Entity;

import java.util.List;
import java.util.Locale;

/**
 * Rule 1: every named party is screened; a hit's effect on the evaluated date becomes a finding that carries the
 * matched entry, its list, the score and the screener's explanation. A list-based licence requirement (Entity List,
 * MEU) bites only items subject to the EAR, so when no item is, the hit is a REVIEW instead.
 */
public final class RestrictedPartyRule implements Rule {
    static final String ID = "party";
    private static final String UNSCREENABLE_CITE = "15 CFR 732, Supp. 3 (Know Your Customer: resolve missing facts before export)";
    private final PartyScreening screening;

    public RestrictedPartyRule(PartyScreening screening) {
        this.screening = screening;
    }

    @Override
    public void apply(Evaluation ev) {
        List<Party> parties = ev.tx().parties();
        for (int i = 0; i < parties.size(); i++) {
            Party p = parties.get(i);
            if (p.name() == null || p.name().isBlank()) continue;
            String country = ev.country(p.country()).orElse(null);
            List<PartyScreening.Judged> judged;
            try {
                judged = screening.screen(p.name(), country, ev.asOf());
            } catch (IllegalArgumentException unscreenable) {
                // A name with nothing to match (only punctuation, say) cannot be cleared: a person must look at it.
                ev.add(new RuleFinding(ID + ".unscreenable", Verdict.REVIEW, ev.partyLabel(i),
                        "name '" + p.name().strip() + "' cannot be screened: " + unscreenable.getMessage(), UNSCREENABLE_CITE, null, null));
                continue;
            }
            for (PartyScreening.Judged j : judged) report(ev, i, j, ID + "." + slug(j.effect().list()));
            // entries an earlier release held on the date and the current release no longer shows (issue 11), in an
            // as-of judgement; a batch on its own dates only names the releases (DecisionEngine's note)
            if (!ev.explicitAsOf()) continue;
            for (PartyScreening.Judged j : screening.screenRemoved(p.name(), country, ev.asOf())) report(ev, i, j, ID + ".removed-since");
        }
    }

    private void report(Evaluation ev, int i, PartyScreening.Judged j, String ruleId) {
        Verdict v = j.verdict();
        String note = j.note();
        Entity e = j.entity();
        if (v == Verdict.LICENCE_REQUIRED && !ev.anyItemMaybeSubject()) {
            v = Verdict.REVIEW;
            note = join(note, "no item of this transaction is subject to the EAR, so the list's licence requirement does not reach it");
        }
        String requirement = v == Verdict.LICENCE_REQUIRED ? e.details().get(Detail.LICENSE_REQUIREMENT) : null;
        String limited = requirement == null ? null : limitedScope(requirement, ev.tx().items().stream().anyMatch(RestrictedPartyRule::technology));
        if (v == Verdict.LICENCE_REQUIRED && limited != null) {
            if (inRussianProjects(limited, ev.tx().endUse())) {
                note = join(note, "the entry's licence requirement reads '" + limited + "' and the declared end use is such a project");
            } else {
                v = Verdict.REVIEW;
                note = join(note, "the entry's licence requirement is limited: '" + limited + "'"
                        + (e.details().get(Detail.LICENSE_POLICY) == null ? "" : " (policy: " + e.details().get(Detail.LICENSE_POLICY).strip() + ")")
                        + "; confirm whether this transaction falls within it");
            }
        }
        String evidence = "matches '" + j.hit().matchedName() + "' (" + e.key() + ", " + j.effect().list()
                + (e.programs().isEmpty() ? "" : ", programmes " + String.join(" ", e.programs()))
                + (e.listedOn() == null ? "" : ", listed " + e.listedOn().raw())
                + String.format(Locale.ROOT, ", score %.2f", j.hit().score()) + ")"
                + (j.hit().explanation() == null ? "" : "; why: " + j.hit().explanation().summary())
                + (note.isEmpty() ? "" : "; " + note);
        ev.add(new RuleFinding(ruleId, v, ev.partyLabel(i), evidence, j.effect().citation(),
                e.listedOn() == null ? null : e.listedOn().earliest(), e.key()));
    }

    private static final java.util.regex.Pattern LIMITING = java.util.regex.Pattern.compile(
            "\\b(when|except|only|used in|for use|described in|specified in|listed in|identified in)\\b");
    private static final java.util.regex.Pattern STANDARDS_EXCEPTION = java.util.regex.Pattern.compile(
            ",?\\s*except for technology.*?standards organization.*");
    private static final java.util.regex.Pattern PROJECTS_746_5 = java.util.regex.Pattern.compile(
            "\\b(deep ?water|arctic|offshore|shale)\\b");

    /**
     * The licence requirement text of an Entity List entry when it reaches less than every item subject to the EAR
     * (Rosneft: "For all items subject to the EAR when used in projects specified in §746.5 of the EAR."), else null.
     */
    static String limitedScope(String requirement) {
        return limitedScope(requirement, true);
    }

    /**
     * As {@link #limitedScope(String)}; the exception of the Huawei entries ("EXCEPT for technology ... when released to
     * members of a 'standards organization'", 84 FR 22961 as amended by 85 FR 36719, 15 CFR 744.11(a)) limits only the
     * release of technology: for a shipment without technology items the requirement covers every item.
     */
    static String limitedScope(String requirement, boolean anyTechnology) {
        if (requirement == null || requirement.isBlank()) return null;
        String r = requirement.strip().replaceAll("\\s+", " ");
        String lower = r.toLowerCase(Locale.ROOT);
        if (!anyTechnology) lower = STANDARDS_EXCEPTION.matcher(lower).replaceAll("");
        int ear = lower.indexOf("items subject to the ear");
        String rest = ear < 0 ? lower : lower.substring(ear + "items subject to the ear".length()).replaceAll("\\(see[^)]*\\)", "");
        return ear < 0 || LIMITING.matcher(rest).find() ? r : null;
    }

    /** §746.5 projects: deepwater (more than 500 feet), Arctic offshore or shale. */
    private static boolean inRussianProjects(String requirement, String endUse) {
        return requirement.contains("746.5") && endUse != null && PROJECTS_746_5.matcher(endUse.toLowerCase(Locale.ROOT)).find();
    }

    /** A technology item: an ECCN of product group E (3E001, 5E002), where the standards-organisation exception can apply. */
    private static boolean technology(Item it) {
        String eccn = ControlList.normalise(it.eccn());
        return eccn != null && eccn.length() >= 2 && eccn.charAt(1) == 'E';
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : a + "; " + b;
    }

    static String slug(String list) {
        return list.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
