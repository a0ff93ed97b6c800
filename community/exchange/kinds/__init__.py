"""Import kinds the community writes, one module per domain: each line model and its upsert through that domain's services. Registered from CommunityConfig.ready()."""
