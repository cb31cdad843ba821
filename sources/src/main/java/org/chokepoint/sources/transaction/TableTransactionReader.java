package org.chokepoint.sources.transaction;

import org.chokepoint.rules.Item;
import org.chokepoint.rules.Party;
import org.chokepoint.rules.Role;
import org.chokepoint.rules.Route;
import org.chokepoint.rules.RoutePoint;
import org.chokepoint.rules.Transaction;
import org.chokepoint.sources.tabular.RecordTooLongException;
import org.chokepoint.sources.tabular.Header;
import org.chokepoint.sources.tabular.TabularReader;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads transactions from a table (CSV or an XLSX sheet): a header row, then one row per line item; adjacent rows
 * with the same {@code transaction_id} form one transaction (a later row of a transaction already ended is an error
 * record, so that a table streams). Transaction-level and party columns are
 * taken from the first row of a transaction; a later row that contradicts them is reported as a problem.
 * Party columns are {@code <role>_name}, {@code <role>_country}, {@code <role>_address} for the roles buyer,
 * consignee, intermediate_consignee, end_user, freight_forwarder, bank, supplier.
 */
public final class TableTransactionReader {
    private static final List<String> TX_FIELDS = List.of("date", "currency", "end_use", "payment", "origin", "transit", "destination");
    private static final Map<String, Role> ROLE_PREFIX = new LinkedHashMap<>();

    static {
        for (Role r : Role.values()) ROLE_PREFIX.put(r.name().toLowerCase(Locale.ROOT), r);
    }

    /** Rows a table may have: Excel's own limit (the ids of ended transactions are kept to find a stray row). */
    static final int MAX_ROWS = 1 << 20;

    private TableTransactionReader() {
    }

    private static final class Group {
        final String id;
        final long line;
        final Map<String, String> first;
        final List<Item> items = new ArrayList<>();
        final List<String> problems = new ArrayList<>();

        Group(String id, long line, Map<String, String> first) {
            this.id = id;
            this.line = line;
            this.first = first;
        }
    }

    /**
     * Reads the table, streaming; a row over the length limit, without a transaction id, or of a transaction whose
     * rows ended earlier becomes an unreadable record naming its line, and reading goes on. Records come out in the
     * order of their first line.
     */
    static void read(TabularReader table, Consumer<TransactionRecord> out) throws IOException {
        List<String> header = table.next();
        if (header == null) throw new TransactionFormatException(table.fileName() + ": empty file, expected a header row");
        List<String> cols = header.stream().map(TableTransactionReader::column).toList();
        if (!cols.contains("transaction_id")) {
            throw new TransactionFormatException(table.fileName() + " line " + table.recordLine()
                    + ": no 'transaction_id' column (columns found: " + Header.visible(header) + ")");
        }
        // a transaction's rows are adjacent: each is handed over once its last row is read, so memory holds one
        // transaction (and the ids seen), not the table
        Set<String> finished = new HashSet<>();
        Group open = null;
        int rows = 0;
        while (true) {
            List<String> row;
            try {
                row = table.next();
            } catch (RecordTooLongException e) {
                out.accept(TransactionRecord.unreadable(e.line(), e.getMessage()));
                continue;
            }
            if (row == null) break;
            if (row.stream().allMatch(c -> c == null || c.isBlank())) continue;
            if (++rows > MAX_ROWS) {
                throw new TransactionFormatException(table.fileName() + " line " + table.recordLine() + ": more than "
                        + String.format("%,d", MAX_ROWS) + " rows, the limit of a table; split the file, or give JSON lines,"
                        + " which are read without a limit");
            }
            Map<String, String> cells = new HashMap<>();
            for (int i = 0; i < cols.size() && i < row.size(); i++) cells.put(cols.get(i), Values.text(row.get(i)));
            String where = table.fileName() + " line " + table.recordLine();
            String id = cells.get("transaction_id");
            if (id == null) {
                out.accept(TransactionRecord.unreadable(table.recordLine(), where + ": 'transaction_id' is empty"));
                continue;
            }
            if (open != null && !open.id.equals(id)) {
                out.accept(TransactionRecord.of(open.line, build(open, table.fileName())));
                finished.add(open.id);
                open = null;
            }
            if (open == null) {
                if (finished.contains(id)) {
                    out.accept(TransactionRecord.unreadable(table.recordLine(), where + ": another row of transaction '" + id
                            + "' after other transactions; the rows of one transaction must be adjacent"));
                    continue;
                }
                open = new Group(id, table.recordLine(), cells);
            } else {
                checkSame(open, cells, where);
            }
            open.items.add(item(cells, where, open.problems));
        }
        if (open != null) out.accept(TransactionRecord.of(open.line, build(open, table.fileName())));
    }

    private static void checkSame(Group g, Map<String, String> cells, String where) {
        for (String c : cells.keySet()) {
            boolean shared = TX_FIELDS.contains(c) || ROLE_PREFIX.keySet().stream().anyMatch(p -> c.startsWith(p + "_"));
            if (shared && cells.get(c) != null && !Objects.equals(cells.get(c), g.first.get(c))) {
                g.problems.add(where + ": column '" + c + "' is '" + cells.get(c) + "' but the transaction's first row (line "
                        + g.line + ") says '" + g.first.get(c) + "'");
            }
        }
    }

    private static Item item(Map<String, String> c, String where, List<String> problems) {
        return new Item(c.get("description"), c.get("eccn"), c.get("hs_code"),
                Values.number(c.get("quantity"), where + ": quantity", problems),
                Values.number(c.get("value"), where + ": value", problems),
                Values.number(c.get("us_content"), where + ": us_content", problems),
                c.get("origin_country"));
    }

    private static Transaction build(Group g, String file) {
        Map<String, String> c = g.first;
        String where = file + " line " + g.line;
        List<Party> parties = new ArrayList<>();
        for (var e : ROLE_PREFIX.entrySet()) {
            String p = e.getKey();
            String name = c.get(p + "_name");
            String country = c.get(p + "_country");
            String address = c.get(p + "_address");
            if (name == null && country == null && address == null) continue;
            parties.add(new Party(e.getValue(), name, country, address, List.of()));
        }
        RoutePoint origin = Values.point(c.get("origin"));
        RoutePoint dest = Values.point(c.get("destination"));
        if (dest != null && c.get("destination_place") != null) dest = new RoutePoint(c.get("destination_place"), dest.country());
        return new Transaction(g.id, Values.date(c.get("date"), where + ": date", g.problems), parties, g.items,
                new Route(origin, Values.points(c.get("transit")), dest), c.get("end_use"), c.get("payment"), c.get("currency"), g.problems);
    }

    /** "Transaction ID" / "transaction-id" / "transactionId" → "transaction_id"; "id" → "transaction_id". */
    static String column(String header) {
        String h = header == null ? "" : header.strip().replace("\uFEFF", "");
        h = h.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("(^_|_$)", "");
        return switch (h) {
            case "id", "transaction", "tx_id" -> "transaction_id";
            case "hs", "hts", "hts_code" -> "hs_code";
            case "us_content_value", "us_origin_content", "us_controlled_content" -> "us_content";
            case "origin_of_item", "country_of_origin", "item_origin" -> "origin_country";
            case "enduse" -> "end_use";
            default -> h;
        };
    }
}
