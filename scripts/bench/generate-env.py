#!/usr/bin/env python3
"""Generate a realistic docker-compose `.env` file of an exact number of lines.

Usage: generate-env.py LINES OUTPUT [--seed N]

The mix (deterministic for a given seed): plain values, single- and double-quoted values,
`${VAR:-default}` / `${VAR}` / `$VAR` interpolation of *earlier* keys, comments, blank lines,
`export` lines, inline comments and a few multi-line double-quoted values. Every key is unique
and every line is something compose accepts, so the file is a fair input for all the tools.
"""
import argparse
import random

WORDS = ["app", "db", "cache", "redis", "postgres", "api", "web", "worker", "queue", "mail",
         "smtp", "s3", "bucket", "region", "log", "level", "timeout", "port", "host", "user",
         "name", "url", "pool", "size", "max", "min", "retry", "feature", "flag", "sentry"]


def key(rng, index):
    parts = rng.sample(WORDS, 2)
    return f"{parts[0].upper()}_{parts[1].upper()}_{index}"


def plain_value(rng):
    kind = rng.randrange(6)
    if kind == 0:
        return str(rng.randrange(1, 65536))
    if kind == 1:
        return rng.choice(["true", "false", "yes", "no", "debug", "info", "warn"])
    if kind == 2:
        return f"https://{rng.choice(WORDS)}.example.com:{rng.randrange(1000, 9999)}/{rng.choice(WORDS)}"
    if kind == 3:
        return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(rng.randrange(8, 40)))
    if kind == 4:
        return f"{rng.choice(WORDS)}-{rng.choice(WORDS)}.internal"
    return f"/var/lib/{rng.choice(WORDS)}/{rng.choice(WORDS)}"


def generate(lines, seed):
    rng = random.Random(seed)
    out = []
    keys = []
    index = 0
    while len(out) < lines:
        room = lines - len(out)
        roll = rng.random()
        if roll < 0.06:
            out.append(f"# {rng.choice(WORDS)} {rng.choice(WORDS)} settings")
            continue
        if roll < 0.10:
            out.append("")
            continue
        k = key(rng, index)
        index += 1
        if roll < 0.14:
            line = f"export {k}={plain_value(rng)}"
        elif roll < 0.22:
            line = f"{k}='{plain_value(rng)} with spaces'"
        elif roll < 0.32:
            line = f'{k}="{plain_value(rng)} \\"quoted\\" \\n"'
        elif roll < 0.50 and keys:
            ref = keys[-rng.randrange(1, min(len(keys), 200) + 1)]
            style = rng.randrange(4)
            if style == 0:
                line = f"{k}=${{{ref}:-{plain_value(rng)}}}"
            elif style == 1:
                line = f'{k}="prefix-${{{ref}}}-suffix"'
            elif style == 2:
                line = f"{k}=${ref}/{rng.choice(WORDS)}"
            else:
                line = f"{k}=${{UNSET_{index}:-${{{ref}}}}}"
        elif roll < 0.505 and room >= 4:
            body = [f"-----BEGIN {rng.choice(WORDS).upper()}-----"]
            body += [plain_value(rng) for _ in range(rng.randrange(1, 3))]
            body = body[: room - 1]
            out.append(f'{k}="{body[0]}')
            out.extend(body[1:])
            out.append('-----END-----"')
            keys.append(k)
            continue
        elif roll < 0.55:
            line = f"{k}={plain_value(rng)} # {rng.choice(WORDS)}"
        else:
            line = f"{k}={plain_value(rng)}"
        out.append(line)
        keys.append(k)
    return out[:lines]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("lines", type=int)
    parser.add_argument("output")
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args()
    text = "\n".join(generate(args.lines, args.seed)) + "\n"
    with open(args.output, "w") as f:
        f.write(text)


if __name__ == "__main__":
    main()
