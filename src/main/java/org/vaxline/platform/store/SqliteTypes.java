package org.vaxline.platform.store;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.mapper.ColumnMapper;

import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * SQLite has no uuid, date or timestamp types: ids, dates and instants are kept as ISO text there,
 * which sorts in time order. PostgreSQL keeps its native types and Jdbi's own bindings.
 */
public final class SqliteTypes {
    private SqliteTypes() {
    }

    public static void register(Jdbi jdbi) {
        jdbi.registerArgument(new AsText<UUID>(Types.VARCHAR) {
        });
        jdbi.registerArgument(new AsText<LocalDate>(Types.VARCHAR) {
        });
        jdbi.registerArgument(new AsText<Instant>(Types.VARCHAR) {
        });
        jdbi.registerColumnMapper(UUID.class, text(UUID::fromString));
        jdbi.registerColumnMapper(LocalDate.class, text(IsoText::date));
        jdbi.registerColumnMapper(Instant.class, text(IsoText::instant));
    }

    private static <T> ColumnMapper<T> text(java.util.function.Function<String, T> parse) {
        return (rs, column, ctx) -> {
            String value = rs.getString(column);
            return value == null ? null : parse.apply(value);
        };
    }

    private abstract static class AsText<T> extends AbstractArgumentFactory<T> {
        AsText(int sqlType) {
            super(sqlType);
        }

        @Override
        protected Argument build(T value, ConfigRegistry config) {
            return (position, statement, ctx) -> statement.setString(position, value.toString());
        }
    }
}
