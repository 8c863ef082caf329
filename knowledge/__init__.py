"""Domain: knowledge (models, schemas, services, jobs; no HTTP)."""
