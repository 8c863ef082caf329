"""Domain: campaigns (models, schemas, services, jobs; no HTTP)."""
