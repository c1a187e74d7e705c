#!/usr/bin/env bash
# Prints an .env file for docker-compose.yml with a fresh random secret for everything that needs one:
#   bash deploy/docker/make-env.sh > .env        (keep it out of version control: .gitignore lists it)
set -euo pipefail
secret() { head -c 32 /dev/urandom | base64 | tr -d '/+=\n'; }
echo "REGION=${REGION:-makassar}"
echo "KINERJA_JWT_SECRET=$(secret)$(secret)"
echo "MONGODB_PASSWORD=$(secret)"
echo "MONGODB_KEYFILE_SECRET=$(secret)$(secret)"
echo "KAFKA_ADMIN_PASSWORD=$(secret)"
echo "KAFKA_BROKER_PASSWORD=$(secret)"
echo "KEYCLOAK_ADMIN_PASSWORD=$(secret)"
echo "KINERJA_CONSOLE_OIDC_CLIENT_SECRET=$(secret)"
# every demo person's password in the demo realm (deploy/keycloak/kinerja-realm.json); choose your own
echo "KINERJA_DEMO_PASSWORD=${KINERJA_DEMO_PASSWORD:-$(secret | head -c 12)}"
for service in EMPLOYEE_REGISTRY TARGET_PLANNING ACTIVITY_REPORTING SCORING REWARDS AUDIT_TRAIL; do
  echo "KAFKA_PASSWORD_${service}=$(secret)"
done
