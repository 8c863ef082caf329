"""Domain: complaints (models, schemas, services, jobs; no HTTP)."""
