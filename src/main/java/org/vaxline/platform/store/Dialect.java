package org.vaxline.platform.store;

/** The two stores vaxline runs on; each has its own folder of migrations. */
public enum Dialect {
    SQLITE("sqlite"),
    POSTGRESQL("postgresql");

    private final String migrationFolder;

    Dialect(String migrationFolder) {
        this.migrationFolder = migrationFolder;
    }

    public String migrationLocation() {
        return "classpath:db/migration/" + migrationFolder;
    }

    public static Dialect ofJdbcUrl(String url) {
        if (url.startsWith("jdbc:sqlite:")) {
            return SQLITE;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("unsupported database URL " + url + ": use jdbc:sqlite:FILE or jdbc:postgresql://HOST/DB");
    }

    /** The dialect of an open connection. */
    public static Dialect of(java.sql.Connection connection) {
        try {
            return ofJdbcUrl(connection.getMetaData().getURL());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot tell the database of a connection: " + e.getMessage(), e);
        }
    }
}
