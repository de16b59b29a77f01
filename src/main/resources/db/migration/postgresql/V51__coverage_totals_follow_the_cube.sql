-- The roll-up coverage_totals (V48) is the cube coverage_counts summed over days, priority groups and age bands. The
-- database now keeps it in step with every change to the cube, whoever makes it (a dose, a reversal, a merge, a
-- rebuild), in the same statement: a dose sends no statement of its own for the roll-up (issue 13's ten per dose),
-- and no writer of the cube can forget it. A batch of doses writes each cube cell once (summed), so this fires once
-- per cell and batch, not per dose.
CREATE FUNCTION coverage_totals_follow_the_cube() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO coverage_totals (series_code, province_code, commune, metric, people)
        VALUES (NEW.series_code, NEW.province_code, NEW.commune, NEW.metric, NEW.people)
        ON CONFLICT (series_code, province_code, commune, metric)
        DO UPDATE SET people = coverage_totals.people + excluded.people;
        RETURN NULL;
    END IF;
    IF TG_OP = 'UPDATE' THEN
        UPDATE coverage_totals SET people = people + NEW.people - OLD.people
        WHERE series_code = NEW.series_code AND province_code = NEW.province_code AND commune = NEW.commune
          AND metric = NEW.metric;
    ELSE
        UPDATE coverage_totals SET people = people - OLD.people
        WHERE series_code = OLD.series_code AND province_code = OLD.province_code AND commune = OLD.commune
          AND metric = OLD.metric;
    END IF;
    DELETE FROM coverage_totals
    WHERE series_code = OLD.series_code AND province_code = OLD.province_code AND commune = OLD.commune
      AND metric = OLD.metric AND people = 0;
    RETURN NULL;
END;
$$;

CREATE TRIGGER coverage_totals_follow_the_cube AFTER INSERT OR UPDATE OF people OR DELETE ON coverage_counts
FOR EACH ROW EXECUTE FUNCTION coverage_totals_follow_the_cube();
