package org.vaxline.facility.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.vaxline.facility.domain.Province;
import org.vaxline.facility.domain.ProvinceKind;
import org.vaxline.platform.store.MasterDataCache;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Provinces in SQL, keyed by their code; former province codes are child rows. Every report by province or commune,
 * and national stock on hand, names its provinces: the whole list (tens of rows, changed by a ministry's decision) is
 * kept in a {@link MasterDataCache}, forgotten on {@link #upsert}. A code the list does not hold is asked of the store,
 * so a province added by another process is found at once.
 */
public final class ProvinceStore {
    private static final String COLUMNS =
            "SELECT code, name, kind, population, population_note, regional_institute_code FROM province ";
    private static final RowMapper<Province> ROW = (rs, ctx) -> new Province(rs.getString("code"), rs.getString("name"),
            ProvinceKind.valueOf(rs.getString("kind")), rs.getLong("population"), rs.getString("population_note"),
            List.of(), rs.getString("regional_institute_code"));

    private final MasterDataCache<Boolean, List<Province>> every = new MasterDataCache<>();

    public Optional<Province> find(Handle h, String code) {
        Optional<Province> known = all(h).stream().filter(p -> p.code().equals(code)).findFirst();
        if (known.isPresent()) {
            return known;
        }
        return h.createQuery(COLUMNS + "WHERE code = :code").bind("code", code).map(ROW).findOne()
                .map(p -> withOldCodes(h, p));
    }

    public List<Province> page(Handle h, String after, int limit) {
        String from = after == null ? "" : after;
        return all(h).stream().filter(p -> p.code().compareTo(from) > 0).limit(limit).toList();
    }

    /**
     * Every province in code order, as Java orders strings, which is the order {@link #page} goes on in (an empty list
     * is not kept: master data not loaded yet is asked again).
     */
    public List<Province> all(Handle h) {
        return every.get(h, Boolean.TRUE, handle -> Optional.of(load(handle)).filter(list -> !list.isEmpty())).orElse(List.of());
    }

    private List<Province> load(Handle h) {
        List<Province> provinces = h.createQuery(COLUMNS).map(ROW).list().stream().sorted(Comparator.comparing(Province::code)).toList();
        return withOldCodes(h, provinces);
    }

    /** Old codes of many provinces in one read (a page of 34 provinces took 35 queries). */
    private List<Province> withOldCodes(Handle h, List<Province> provinces) {
        if (provinces.size() <= 1) {
            return provinces.stream().map(p -> withOldCodes(h, p)).toList();
        }
        java.util.Map<String, List<String>> old = new java.util.HashMap<>();
        h.createQuery("SELECT province_code, old_code FROM province_old_code ORDER BY province_code, position")
                .map((rs, ctx) -> java.util.Map.entry(rs.getString("province_code"), rs.getString("old_code")))
                .forEach(e -> old.computeIfAbsent(e.getKey(), k -> new java.util.ArrayList<>()).add(e.getValue()));
        return provinces.stream().map(p -> new Province(p.code(), p.name(), p.kind(), p.population(), p.populationNote(),
                old.getOrDefault(p.code(), List.of()), p.regionalInstituteCode())).toList();
    }

    private Province withOldCodes(Handle h, Province p) {
        List<String> old = h.createQuery("SELECT old_code FROM province_old_code WHERE province_code = :code ORDER BY position")
                .bind("code", p.code()).mapTo(String.class).list();
        return new Province(p.code(), p.name(), p.kind(), p.population(), p.populationNote(), old, p.regionalInstituteCode());
    }

    public void upsert(Handle h, Province p) {
        every.changed(h);
        h.createUpdate("""
                        INSERT INTO province (code, name, kind, population, population_note, regional_institute_code)
                        VALUES (:code, :name, :kind, :population, :note, :institute)
                        ON CONFLICT (code) DO UPDATE SET name = excluded.name, kind = excluded.kind,
                            population = excluded.population, population_note = excluded.population_note,
                            regional_institute_code = excluded.regional_institute_code""")
                .bind("code", p.code()).bind("name", p.name()).bind("kind", p.kind().name()).bind("population", p.population())
                .bindByType("note", p.populationNote(), String.class)
                .bindByType("institute", p.regionalInstituteCode(), String.class).execute();
        h.createUpdate("DELETE FROM province_old_code WHERE province_code = :code").bind("code", p.code()).execute();
        PreparedBatch batch = h.prepareBatch(
                "INSERT INTO province_old_code (old_code, province_code, position) VALUES (:old, :code, :position)");
        for (int i = 0; i < p.oldGsoCodes().size(); i++) {
            batch.bind("old", p.oldGsoCodes().get(i)).bind("code", p.code()).bind("position", i).add();
        }
        if (batch.size() > 0) {
            batch.execute();
        }
    }
}
