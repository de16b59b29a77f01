-- The number of doses a lot must have been given before its rate of serious events may flag it: one serious event in
-- 50 doses is 2,000 per 100,000 and says nothing. Set by the national programme, with the threshold (who and when).
ALTER TABLE aefi_settings ADD COLUMN minimum_doses_to_flag integer NOT NULL DEFAULT 1000 CHECK (minimum_doses_to_flag >= 0);
