-- How many days before expiry a product's stock is reported as expiring (null: the default of 30).
ALTER TABLE product ADD COLUMN expiry_warning_days integer;
