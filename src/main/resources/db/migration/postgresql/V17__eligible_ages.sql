-- Who may be in a priority group and who may receive a product, by age in completed years (issue 7): data, not code.
-- A null bound is no bound. Registration and correction refuse a group whose bounds exclude the person's age today;
-- the dose registry refuses a dose outside the product's ages or the group's on the day it is given.

ALTER TABLE priority_groups ADD COLUMN min_age_years integer CHECK (min_age_years >= 0);
ALTER TABLE priority_groups ADD COLUMN max_age_years integer CHECK (max_age_years >= 0);

-- The working-age groups are adults (18, the age of majority and of the 2021 campaign's adult groups); OVER_65 is
-- "from 65"; PREGNANT is bounded only to catch a mistyped birth year, not as a clinical rule.
UPDATE priority_groups SET min_age_years = 18 WHERE code IN ('HEALTH_WORKER', 'FRONTLINE', 'ESSENTIAL_SERVICE', 'TEACHER');
UPDATE priority_groups SET min_age_years = 65 WHERE code = 'OVER_65';
UPDATE priority_groups SET min_age_years = 10, max_age_years = 60 WHERE code = 'PREGNANT';

-- A product's eligible ages come with its master data (import/export); existing products have no bound until then.
ALTER TABLE product ADD COLUMN min_age_years integer CHECK (min_age_years >= 0);
ALTER TABLE product ADD COLUMN max_age_years integer CHECK (max_age_years >= 0);
