package org.chokepoint.server.yente;

import org.chokepoint.model.Entity;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The FollowTheMoney topics of a list entry, from the list it is on (we carry no per-entity topics):
 * <ul>
 *   <li>{@code sanction}: OFAC SDN and non-SDN lists, UN, UK (OFSI, FCDO), EU, the OpenSanctions targets, and the
 *       CSL rows of Treasury lists (SDN, SSI, FSE, NS-MBS, CMIC, CAPTA, PLC) and of the State Department's
 *       nonproliferation sanctions (ISN);</li>
 *   <li>{@code export.control}: the BIS lists in the CSL, Entity List, Military End User list and Unverified List;</li>
 *   <li>{@code export.control} and {@code debarment}: the Denied Persons List (its own file and its CSL rows), whose
 *       orders deny export privileges, and the State Department's ITAR debarments (DTC).</li>
 * </ul>
 */
public final class YenteTopics {
    public static final String SANCTION = "sanction";
    public static final String EXPORT_CONTROL = "export.control";
    public static final String DEBARMENT = "debarment";

    private YenteTopics() {
    }

    public static Set<String> of(Entity e) {
        Set<String> out = new LinkedHashSet<>();
        switch (e.source()) {
            case "bis-dpl" -> {
                out.add(EXPORT_CONTROL);
                out.add(DEBARMENT);
            }
            case "us-csl" -> {
                for (String list : e.lists()) out.addAll(csl(list));
                if (out.isEmpty()) out.add(SANCTION);
            }
            default -> out.add(SANCTION);
        }
        return out;
    }

    /** Topics of one CSL list by its name ("Entity List (EL) - Bureau of Industry and Security"). */
    static List<String> csl(String list) {
        String l = list.toLowerCase(Locale.ROOT);
        if (l.contains("denied persons") || l.contains("itar debarred") || l.contains("(dtc)")) return List.of(EXPORT_CONTROL, DEBARMENT);
        if (l.contains("bureau of industry and security")) return List.of(EXPORT_CONTROL);
        return List.of(SANCTION);
    }
}
