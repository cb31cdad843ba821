package org.chokepoint.cases.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Plain SQL with parameters, and nothing else: every statement in the store goes through these few helpers, so no
 * value is ever pasted into SQL text.
 *
 * <pre>{@code
 * List<String> ids = Sql.list(c, "SELECT party_id FROM parties WHERE updated_at > ?", r -> r.getString(1), since);
 * }</pre>
 */
public final class Sql {
    private Sql() {
    }

    @FunctionalInterface
    public interface Row<T> {
        T map(ResultSet r) throws SQLException;
    }

    public static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = prepare(c, sql, params)) {
            return s.executeUpdate();
        }
    }

    /** An INSERT ... RETURNING of one generated key (SQLite 3.35+ and PostgreSQL both read it). */
    public static long insertReturningId(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = prepare(c, sql, params); ResultSet r = s.executeQuery()) {
            if (!r.next()) throw new SQLException("no key returned by: " + sql);
            return r.getLong(1);
        }
    }

    public static <T> List<T> list(Connection c, String sql, Row<T> row, Object... params) throws SQLException {
        try (PreparedStatement s = prepare(c, sql, params); ResultSet r = s.executeQuery()) {
            List<T> out = new ArrayList<>();
            while (r.next()) out.add(row.map(r));
            return out;
        }
    }

    public static <T> Optional<T> one(Connection c, String sql, Row<T> row, Object... params) throws SQLException {
        try (PreparedStatement s = prepare(c, sql, params); ResultSet r = s.executeQuery()) {
            return r.next() ? Optional.ofNullable(row.map(r)) : Optional.empty();
        }
    }

    public static long longValue(Connection c, String sql, Object... params) throws SQLException {
        return one(c, sql, r -> r.getLong(1), params).orElse(0L);
    }

    public static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        try {
            bind(s, params);
        } catch (SQLException | RuntimeException e) {
            s.close();
            throw e;
        }
        return s;
    }

    public static void bind(PreparedStatement s, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            if (p == null) s.setNull(i + 1, Types.NULL); // untyped: PostgreSQL infers the column's type
            else if (p instanceof String v) s.setString(i + 1, v);
            else if (p instanceof Integer v) s.setInt(i + 1, v);
            else if (p instanceof Long v) s.setLong(i + 1, v);
            else if (p instanceof Double v) s.setDouble(i + 1, v);
            else if (p instanceof Boolean v) s.setInt(i + 1, v ? 1 : 0);
            else throw new IllegalArgumentException("cannot bind a " + p.getClass().getSimpleName() + " as parameter " + (i + 1));
        }
    }
}
