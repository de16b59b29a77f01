package org.vaxline.registryimport.store;

import org.vaxline.platform.store.Store;

import java.util.LinkedHashMap;
import java.util.Map;

/** The running totals of rows imported, unchanged and refused per kind of import file, across every run and process. */
public final class ImportRowCounts {
    /** One kind's totals. */
    public record Counts(long imported, long unchanged, long refused) {
    }

    private final Store store;

    public ImportRowCounts(Store store) {
        this.store = store;
    }

    /** Adds a batch's counts to the kind's totals (its own small transaction, after the batch committed). */
    public void add(String kind, long imported, long unchanged, long refused) {
        if (imported == 0 && unchanged == 0 && refused == 0) {
            return;
        }
        store.inTransaction(h -> h.createUpdate("""
                        INSERT INTO import_row_counts (kind, imported, unchanged, refused) VALUES (:kind, :imported, :unchanged, :refused)
                        ON CONFLICT (kind) DO UPDATE SET imported = import_row_counts.imported + excluded.imported,
                            unchanged = import_row_counts.unchanged + excluded.unchanged,
                            refused = import_row_counts.refused + excluded.refused""")
                .bind("kind", kind).bind("imported", imported).bind("unchanged", unchanged).bind("refused", refused)
                .execute());
    }

    /** Every kind's totals. */
    public Map<String, Counts> all() {
        Map<String, Counts> all = new LinkedHashMap<>();
        store.read(h -> h.createQuery("SELECT kind, imported, unchanged, refused FROM import_row_counts ORDER BY kind")
                .map((rs, ctx) -> Map.entry(rs.getString("kind"), new Counts(rs.getLong("imported"), rs.getLong("unchanged"),
                        rs.getLong("refused"))))
                .list()).forEach(e -> all.put(e.getKey(), e.getValue()));
        return all;
    }
}
