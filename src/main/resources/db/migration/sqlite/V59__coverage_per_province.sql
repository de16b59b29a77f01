-- Coverage per series, province and milestone over the whole campaign: the roll-up coverage_totals (V48) summed over
-- communes, kept by triggers on it in the same statement as each of its changes (which its own triggers make from the
-- cube), so the national page's view by province reads 34 provinces' rows instead of grouping every commune's (issue 13).
CREATE TABLE coverage_province_totals (
    series_code   text NOT NULL,
    province_code text NOT NULL,
    metric        text NOT NULL,
    people        INTEGER NOT NULL,
    PRIMARY KEY (series_code, province_code, metric)
);
INSERT INTO coverage_province_totals (series_code, province_code, metric, people)
SELECT series_code, province_code, metric, SUM(people) FROM coverage_totals GROUP BY series_code, province_code, metric;

CREATE TRIGGER coverage_province_totals_on_insert AFTER INSERT ON coverage_totals
BEGIN
    INSERT INTO coverage_province_totals (series_code, province_code, metric, people)
    VALUES (NEW.series_code, NEW.province_code, NEW.metric, NEW.people)
    ON CONFLICT (series_code, province_code, metric) DO UPDATE SET people = people + excluded.people;
END;

CREATE TRIGGER coverage_province_totals_on_update AFTER UPDATE OF people ON coverage_totals WHEN NEW.people <> OLD.people
BEGIN
    UPDATE coverage_province_totals SET people = people + NEW.people - OLD.people
    WHERE series_code = NEW.series_code AND province_code = NEW.province_code AND metric = NEW.metric;
END;

CREATE TRIGGER coverage_province_totals_on_delete AFTER DELETE ON coverage_totals WHEN OLD.people <> 0
BEGIN
    UPDATE coverage_province_totals SET people = people - OLD.people
    WHERE series_code = OLD.series_code AND province_code = OLD.province_code AND metric = OLD.metric;
END;
