-- Coverage per series, province and milestone over the whole campaign: the roll-up coverage_totals (V48) summed over
-- communes, kept by a trigger on it in the same statement as each of its changes (which its own trigger makes from the
-- cube), so the national page's view by province reads 34 provinces' rows instead of grouping every commune's (issue 13).
CREATE TABLE coverage_province_totals (
    series_code   text   NOT NULL,
    province_code text   NOT NULL,
    metric        text   NOT NULL,
    people        bigint NOT NULL,
    PRIMARY KEY (series_code, province_code, metric)
);
INSERT INTO coverage_province_totals (series_code, province_code, metric, people)
SELECT series_code, province_code, metric, SUM(people) FROM coverage_totals GROUP BY series_code, province_code, metric;

CREATE FUNCTION coverage_province_totals_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO coverage_province_totals (series_code, province_code, metric, people)
        VALUES (NEW.series_code, NEW.province_code, NEW.metric, NEW.people)
        ON CONFLICT (series_code, province_code, metric)
        DO UPDATE SET people = coverage_province_totals.people + excluded.people;
    ELSIF TG_OP = 'UPDATE' THEN
        UPDATE coverage_province_totals SET people = people + NEW.people - OLD.people
        WHERE series_code = NEW.series_code AND province_code = NEW.province_code AND metric = NEW.metric;
    ELSE
        UPDATE coverage_province_totals SET people = people - OLD.people
        WHERE series_code = OLD.series_code AND province_code = OLD.province_code AND metric = OLD.metric;
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER coverage_province_totals_follow AFTER INSERT OR UPDATE OF people OR DELETE ON coverage_totals
    FOR EACH ROW EXECUTE FUNCTION coverage_province_totals_follow();
