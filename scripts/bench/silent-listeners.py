#!/usr/bin/env python3
"""Opens N loopback TCP listeners that never accept (the kernel completes the handshake, then
nothing is ever said), prints their ports one per line, and holds them until stdin closes."""
import socket
import sys

count = int(sys.argv[1])
listeners = []
for _ in range(count):
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    s.listen(64)
    listeners.append(s)
print("\n".join(str(s.getsockname()[1]) for s in listeners), flush=True)
sys.stdin.read()
