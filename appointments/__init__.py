"""Domain: appointments (models, schemas, services, jobs; no HTTP)."""
