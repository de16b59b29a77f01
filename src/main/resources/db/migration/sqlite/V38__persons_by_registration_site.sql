-- The site workspace lists the people registered at a site (its offline pack): found by an index, not a scan.
CREATE INDEX persons_by_registration_site ON persons (registration_site_id, id);
