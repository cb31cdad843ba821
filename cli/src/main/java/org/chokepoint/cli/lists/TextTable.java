package org.chokepoint.cli.lists;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table: columns sized to their content, numbers right-aligned. */
public final class TextTable {
    private final List<String> header;
    private final boolean[] right;
    private final List<List<String>> rows = new ArrayList<>();

    /** Column names; a name starting with '>' is right-aligned (the '>' is not shown). */
    public TextTable(String... columns) {
        header = new ArrayList<>();
        right = new boolean[columns.length];
        for (int i = 0; i < columns.length; i++) {
            right[i] = columns[i].startsWith(">");
            header.add(right[i] ? columns[i].substring(1) : columns[i]);
        }
    }

    public TextTable row(Object... cells) {
        List<String> r = new ArrayList<>();
        for (Object c : cells) r.add(c == null ? "" : c instanceof Integer || c instanceof Long ? String.format("%,d", c) : c.toString());
        rows.add(r);
        return this;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    public void print(PrintWriter out) {
        int[] w = new int[header.size()];
        for (int i = 0; i < w.length; i++) w[i] = header.get(i).length();
        for (List<String> r : rows) for (int i = 0; i < w.length; i++) w[i] = Math.max(w[i], r.get(i).length());
        line(out, header, w);
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < w.length; i++) rule.append(i == 0 ? "" : "  ").append("-".repeat(w[i]));
        out.println(rule);
        for (List<String> r : rows) line(out, r, w);
    }

    private void line(PrintWriter out, List<String> cells, int[] w) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < w.length; i++) {
            if (i > 0) sb.append("  ");
            String c = cells.get(i);
            String pad = " ".repeat(w[i] - c.length());
            sb.append(right[i] ? pad + c : c + (i == w.length - 1 ? "" : pad));
        }
        out.println(sb);
    }
}
