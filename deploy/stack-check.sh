#!/usr/bin/env bash
# Build the image, start PostgreSQL + Redis + migrations + web + worker, wait for /readyz, stop everything.
set -euo pipefail
cd "$(dirname "$0")"
if ! docker info >/dev/null 2>&1; then
  echo "deploy-stack-check: no Docker daemon reachable here (docker info fails); nothing was built" >&2
  exit 2
fi
if ! docker compose version >/dev/null 2>&1; then
  echo "deploy-stack-check: the docker compose plugin is missing" >&2
  exit 2
fi
[ -f compose.env ] || cp compose.env.example compose.env
trap 'docker compose -f compose.yaml down -v' EXIT
docker compose -f compose.yaml up -d --build
for _ in $(seq 1 90); do
  if curl -fsS http://127.0.0.1:8080/readyz; then echo; echo "stack is ready"; exit 0; fi
  sleep 2
done
docker compose -f compose.yaml logs --tail 50
echo "deploy-stack-check: /readyz did not answer 200 within 180 s" >&2
exit 1
