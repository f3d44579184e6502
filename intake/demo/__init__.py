"""Made-up patients, from one set of factory_boy factories (factories.py): `make demo`
(load_demo), the benchmark's generator (generate_submissions) and the tests all make them here.
The demo's dozen intakes and its past patients are in patients.py."""
