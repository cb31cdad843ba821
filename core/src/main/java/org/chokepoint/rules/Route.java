package org.chokepoint.rules;

import java.util.List;

/** Where the goods start, pass and end. Any part may be missing in the input; the rules report it. */
public record Route(RoutePoint origin, List<RoutePoint> transit, RoutePoint destination) {
    public Route {
        transit = transit == null ? List.of() : List.copyOf(transit);
    }
}
