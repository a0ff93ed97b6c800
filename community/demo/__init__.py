"""Demo content for `manage.py seed_demo`: static data, deterministic generators and the seeding steps."""
