INSERT INTO k (naam, bsn, straat, huisnummer, postcode) VALUES
  ('Jansen', '645290415', 'Kerkstraat', 12, '3511 AB');
