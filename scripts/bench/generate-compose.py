#!/usr/bin/env python3
"""Write a large, realistic compose project: DIR/compose.yaml with N services and DIR/.env.

Usage: generate-compose.py SERVICES DIR

Each service has an image with a `${..._TAG:-…}` tag, an environment mapping or list (both
forms, with `${VAR:-default}` / `${VAR}` references), ports with unique host ports, depends_on
(short and long forms), a healthcheck, volumes and networks; every fifth service has a profile.
The `.env` declares every variable referenced, so envcheck finds little to report. The output is
deterministic (no randomness), about 0.5 KB per service (~1 MB for 2,000).
"""
import os
import sys

IMAGES = ["nginx", "postgres", "redis", "python", "node", "golang", "rabbitmq", "mariadb", "memcached", "traefik"]
NETWORKS = ["frontend", "backend", "data", "monitoring"]


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    count, directory = int(sys.argv[1]), sys.argv[2]
    os.makedirs(directory, exist_ok=True)
    env = ["# Generated for the compose benchmark", "COMPOSE_PROJECT_NAME=bench", "LOG_LEVEL=info",
           "TZ=UTC", "REGISTRY=registry.example.com"]
    out = ["name: bench", "", "x-logging: &logging", "  driver: json-file", "  options:",
           "    max-size: 10m", "    max-file: \"3\"", "", "services:"]
    for i in range(count):
        name = f"svc{i:04d}"
        upper = name.upper()
        image = IMAGES[i % len(IMAGES)]
        env += [f"{upper}_TAG=1.{i % 30}.{i % 7}", f"{upper}_PORT={10000 + i}",
                f"{upper}_DB_PASSWORD=pw-{i:04d}-x9", f"{upper}_WORKERS={1 + i % 8}"]
        out += [f"  {name}:",
                f"    image: ${{REGISTRY:-docker.io}}/{image}:${{{upper}_TAG:-latest}}"]
        if i % 5 == 4:
            out.append(f"    profiles: [\"{['debug', 'tools', 'batch'][i % 3]}\"]")
        out.append("    environment:")
        if i % 2 == 0:
            out += [f"      {upper}_HOST: {name}",
                    f"      {upper}_PORT: ${{{upper}_PORT:-8080}}",
                    f"      DB_PASSWORD: ${{{upper}_DB_PASSWORD}}",
                    f"      WORKERS: \"${{{upper}_WORKERS:-2}}\"",
                    "      LOG_LEVEL: ${LOG_LEVEL:-info}"]
        else:
            out += [f"      - {upper}_HOST={name}",
                    f"      - {upper}_PORT=${{{upper}_PORT:-8080}}",
                    f"      - DB_PASSWORD=${{{upper}_DB_PASSWORD}}",
                    f"      - WORKERS=${{{upper}_WORKERS:-2}}",
                    "      - TZ"]
        # Unique host ports: 20000+2i and 20000+2i+1 (the second one UDP on even services).
        out += ["    ports:",
                f"      - \"{20000 + 2 * i}:8080\"",
                f"      - \"127.0.0.1:{20001 + 2 * i}:9090{'/udp' if i % 2 == 0 else ''}\""]
        deps = []
        if i > 0:
            # Only services without a profile are depended on (compose rejects a dependency
            # on a service whose profile is not active).
            deps = sorted(d for d in {i - 1, i // 2} if d % 5 != 4)
        if deps:
            if i % 6 == 0:
                out.append("    depends_on:")
                for d in deps:
                    out += [f"      svc{d:04d}:", "        condition: service_started"]
            else:
                out.append("    depends_on: [" + ", ".join(f"svc{d:04d}" for d in deps) + "]")
        out += ["    healthcheck:",
                f"      test: [\"CMD\", \"curl\", \"-f\", \"http://localhost:8080/health\"]",
                "      interval: 30s",
                "    volumes:",
                f"      - {name}-data:/var/lib/{image}",
                f"    networks: [{NETWORKS[i % 4]}, {NETWORKS[(i + 1) % 4]}]",
                "    logging: *logging"]
    out += ["", "networks:"] + [f"  {n}: {{}}" for n in NETWORKS]
    out += ["", "volumes:"] + [f"  svc{i:04d}-data: {{}}" for i in range(count)]
    with open(os.path.join(directory, "compose.yaml"), "w") as f:
        f.write("\n".join(out) + "\n")
    with open(os.path.join(directory, ".env"), "w") as f:
        f.write("\n".join(env) + "\n")


if __name__ == "__main__":
    main()
