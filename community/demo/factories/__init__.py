"""factory_boy factories (Faker vi_VN) for `seed_demo --scale` and the tests."""
