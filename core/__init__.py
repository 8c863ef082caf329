"""Service core: settings, database, Redis, app factory, errors, auth, WeChat gateway, jobs, CLI."""
