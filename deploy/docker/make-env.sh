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
for service in EMPLOYEE_REGISTRY TARGET_PLANNING ACTIVITY_REPORTING SCORING REWARDS; do
  echo "KAFKA_PASSWORD_${service}=$(secret)"
done
