package org.vaxline.platform.store;

import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Reads typed columns through the store's own mappers, so row mappers work the same on SQLite and PostgreSQL. */
public final class Rows {
    private Rows() {
    }

    public static UUID uuid(ResultSet rs, String column, StatementContext ctx) throws SQLException {
        return ctx.findColumnMapperFor(UUID.class).orElseThrow().map(rs, column, ctx);
    }

    public static LocalDate date(ResultSet rs, String column, StatementContext ctx) throws SQLException {
        return ctx.findColumnMapperFor(LocalDate.class).orElseThrow().map(rs, column, ctx);
    }

    public static Instant instant(ResultSet rs, String column, StatementContext ctx) throws SQLException {
        return ctx.findColumnMapperFor(Instant.class).orElseThrow().map(rs, column, ctx);
    }

    public static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
