package org.vaxline.app.bench;

import org.vaxline.platform.store.Store;

import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * (c) Reads at the campaign's size over real HTTP: coverage by province and by commune (whole period: the roll-up;
 * by commune both one province's, as its page reads it, and the whole country's),
 * national stock on hand (per province and lot), a person by id, a name search; each beside the one SQL statement at its
 * heart run bare on the same store.
 */
final class ReadPhase {
    private static final int SAMPLE = 1_000;
    private final Store store;
    private final Campaign campaign;
    private final HttpClients http;
    private final PrintWriter err;

    ReadPhase(Store store, Campaign campaign, HttpClients http, PrintWriter err) {
        this.store = store;
        this.campaign = campaign;
        this.http = http;
        this.err = err;
    }

    void run(Figures figures, int clients, double warmUp, double seconds) {
        Random random = new Random(campaign.people);
        int[] sample = random.ints(Math.min(SAMPLE, campaign.people), 0, campaign.people).toArray();
        List<UUID> ids = BenchRun.personIds(store, campaign, sample);
        List<String> names = store.read(h -> ids.stream().map(id -> h.createQuery("SELECT normalized_name FROM persons WHERE id = :id")
                .bind("id", id).mapTo(String.class).one()).toList());
        // Half the searches type the whole name, half the family and the given name ("nguyen an").
        List<String> queries = names.stream().map(n -> {
            String[] words = n.split(" ");
            return random.nextBoolean() || words.length < 3 ? n : words[0] + " " + words[words.length - 1];
        }).toList();

        measure(figures, "(c) coverage by province", clients, warmUp, seconds, () -> http.get("/api/v1/coverage?by=province"),
                () -> store.read(h -> h.createQuery("SELECT province_code, metric, SUM(people) FROM coverage_province_totals"
                        + " GROUP BY province_code, metric").mapToMap().list()));
        // The province page's read: a province's communes (a provincial health centre's dashboard); then the whole
        // country's communes in one answer (an export of 3,300 communes at full scale, not a page anyone reads).
        List<String> provinces = campaign.provinces.stream().map(p -> p.code()).toList();
        measure(figures, "(c) coverage by commune", clients, warmUp, seconds,
                () -> http.get("/api/v1/coverage?by=commune&province=" + pick(provinces)),
                () -> store.read(h -> h.createQuery("SELECT commune, metric, SUM(people) FROM coverage_totals"
                        + " WHERE province_code = :province GROUP BY commune, metric").bind("province", pick(provinces))
                        .mapToMap().list()));
        measure(figures, "(c) coverage by commune, nationwide", clients, warmUp, seconds,
                () -> http.get("/api/v1/coverage?by=commune"),
                () -> store.read(h -> h.createQuery("SELECT commune, metric, SUM(people) FROM coverage_totals"
                        + " GROUP BY commune, metric").mapToMap().list()));
        measure(figures, "(c) national stock on hand", clients, warmUp, seconds, () -> http.get("/api/v1/stock/onhand/national"),
                () -> store.read(h -> h.createQuery("SELECT province_code, lot_id, quantity, facilities FROM stock_province_balances"
                        + " WHERE facilities > 0 ORDER BY province_code, lot_id").mapToMap().list()));
        measure(figures, "(c) a person by id", clients, warmUp, seconds, () -> http.get("/api/v1/persons/" + pick(ids)),
                () -> store.read(h -> h.createQuery("SELECT * FROM persons WHERE id = :id").bind("id", pick(ids)).mapToMap().list()));
        measure(figures, "(c) a name search", clients, warmUp, seconds,
                () -> http.get("/api/v1/persons?limit=20&q=" + URLEncoder.encode(pick(queries), StandardCharsets.UTF_8)),
                () -> store.read(h -> h.createQuery("SELECT * FROM persons WHERE normalized_name = :name ORDER BY id LIMIT 21")
                        .bind("name", pick(names)).mapToMap().list()));
    }

    private interface Call {
        Object call() throws Exception;
    }

    private void measure(Figures figures, String name, int clients, double warmUp, double seconds, Call ours, Call bare) {
        Latencies.Summary measured = LoadRun.run(clients, warmUp, seconds, new PhaseProgress(err, name, (long) (seconds * 1000)), c -> {
            ours.call();
            return true;
        });
        Latencies.Summary reference = LoadRun.run(clients, warmUp, seconds, new PhaseProgress(err, name + " (bare)", (long) (seconds * 1000)), c -> {
            bare.call();
            return true;
        });
        figures.timed(name, measured, reference);
    }

    private static <T> T pick(List<T> values) {
        return values.get(ThreadLocalRandom.current().nextInt(values.size()));
    }
}
