package org.chokepoint.bench.scale;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A line chart on log-log axes as a standalone SVG file, for figures in docs/: cost against list size, where a
 * straight line of slope 1 is linear growth and a flatter one is sublinear. Each series is a named list of
 * (x, y) points; axis ticks are the powers of ten in range.
 */
public final class SvgChart {
    private static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd"};
    private static final int W = 640, H = 400, LEFT = 70, RIGHT = 170, TOP = 40, BOTTOM = 50;

    public record Series(String name, List<double[]> points) {
    }

    private final String title, xLabel, yLabel;
    private final List<Series> series = new ArrayList<>();

    public SvgChart(String title, String xLabel, String yLabel) {
        this.title = title;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
    }

    public SvgChart add(Series s) {
        series.add(s);
        return this;
    }

    public String render() {
        double x0 = Double.MAX_VALUE, x1 = 0, y0 = Double.MAX_VALUE, y1 = 0;
        for (Series s : series) {
            for (double[] p : s.points) {
                x0 = Math.min(x0, p[0]);
                x1 = Math.max(x1, p[0]);
                y0 = Math.min(y0, p[1]);
                y1 = Math.max(y1, p[1]);
            }
        }
        double lx0 = Math.floor(Math.log10(x0)), lx1 = Math.ceil(Math.log10(x1));
        double ly0 = Math.floor(Math.log10(y0)), ly1 = Math.ceil(Math.log10(y1));
        if (lx1 == lx0) lx1++;
        if (ly1 == ly0) ly1++;
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"12\">%n", W, H));
        s.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", W, H));
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"22\" font-size=\"15\">%s</text>%n", LEFT, escape(title)));
        int pw = W - LEFT - RIGHT, ph = H - TOP - BOTTOM;
        for (double e = lx0; e <= lx1; e++) {
            double x = LEFT + (e - lx0) / (lx1 - lx0) * pw;
            s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ddd\"/>%n", x, TOP, x, TOP + ph));
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n", x, TOP + ph + 16, tick(e)));
        }
        for (double e = ly0; e <= ly1; e++) {
            double y = TOP + ph - (e - ly0) / (ly1 - ly0) * ph;
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>%n", LEFT, y, LEFT + pw, y));
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n", LEFT - 6, y + 4, tick(e)));
        }
        s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#333\"/>%n", LEFT, TOP, pw, ph));
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>%n", LEFT + pw / 2, H - 12, escape(xLabel)));
        s.append(String.format(Locale.ROOT, "<text transform=\"translate(16,%d) rotate(-90)\" text-anchor=\"middle\">%s</text>%n", TOP + ph / 2, escape(yLabel)));
        for (int k = 0; k < series.size(); k++) {
            Series se = series.get(k);
            String colour = COLOURS[k % COLOURS.length];
            StringBuilder path = new StringBuilder();
            for (double[] p : se.points) {
                double x = LEFT + (Math.log10(p[0]) - lx0) / (lx1 - lx0) * pw;
                double y = TOP + ph - (Math.log10(p[1]) - ly0) / (ly1 - ly0) * ph;
                path.append(path.length() == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
                s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>%n", x, y, colour));
            }
            s.append(String.format(Locale.ROOT, "<path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>%n", path, colour));
            int ly = TOP + 14 + k * 18;
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\"/>%n", LEFT + pw + 10, ly - 4, LEFT + pw + 28, ly - 4, colour));
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>%n", LEFT + pw + 32, ly, escape(se.name)));
        }
        return s.append("</svg>\n").toString();
    }

    private static String tick(double exponent) {
        double v = Math.pow(10, exponent);
        if (v >= 1_000_000) return String.format(Locale.ROOT, "%.0fM", v / 1e6);
        if (v >= 1000) return String.format(Locale.ROOT, "%.0fk", v / 1e3);
        if (v >= 1) return String.format(Locale.ROOT, "%.0f", v);
        return String.format(Locale.ROOT, "%s", v);
    }

    private static String escape(String t) {
        return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
