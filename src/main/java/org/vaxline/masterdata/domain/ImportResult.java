package org.vaxline.masterdata.domain;

/** What an import did, section by section; a repeated import leaves everything unchanged. */
public record ImportResult(Counts partners, Counts products, Counts commodities, Counts provinces, Counts facilities) {
    public record Counts(int created, int updated, int unchanged) {
    }

    public boolean changedNothing() {
        return java.util.stream.Stream.of(partners, products, commodities, provinces, facilities)
                .allMatch(c -> c.created() == 0 && c.updated() == 0);
    }
}
