#!/usr/bin/env python3
"""Code bytes per function of a wasm file that still has its name section (rustc's output,
before wasm-bindgen and wasm-opt: target/wasm32-unknown-unknown/release/<bin>.wasm).

  python3 tools/wasm-fn-sizes.py A.wasm        the 40 largest functions and the total
  python3 tools/wasm-fn-sizes.py A.wasm B.wasm what grew and shrank from A to B, by function

To compare with an older commit: build it in a git worktree with CARGO_TARGET_DIR pointing at
this target/ (only the workspace crates recompile) and copy its wasm aside first."""
import re
import sys


def leb(d, i):
    r = s = 0
    while True:
        b = d[i]
        i += 1
        r |= (b & 0x7F) << s
        s += 7
        if b < 0x80:
            return r, i


def functions(path):
    d = open(path, "rb").read()
    i, imports, names, bodies = 8, 0, {}, []
    while i < len(d):
        sid = d[i]
        n, i = leb(d, i + 1)
        start = i
        if sid == 2:  # imports: functions among them take the first indices
            cnt, j = leb(d, i)
            for _ in range(cnt):
                for _ in range(2):
                    l, j = leb(d, j)
                    j += l
                kind = d[j]
                j += 1
                if kind == 0:
                    _, j = leb(d, j)
                    imports += 1
                elif kind == 1:
                    j += 1
                    fl, j = leb(d, j)
                    _, j = leb(d, j)
                    if fl & 1:
                        _, j = leb(d, j)
                elif kind == 2:
                    fl, j = leb(d, j)
                    _, j = leb(d, j)
                    if fl & 1:
                        _, j = leb(d, j)
                elif kind == 3:
                    j += 2
                elif kind == 4:
                    j += 1
                    _, j = leb(d, j)
        elif sid == 10:
            cnt, j = leb(d, i)
            for _ in range(cnt):
                size, j = leb(d, j)
                bodies.append(size)
                j += size
        elif sid == 0:
            l, j = leb(d, i)
            if d[j:j + l] == b"name":
                j += l
                while j < start + n:
                    sub = d[j]
                    sl, j = leb(d, j + 1)
                    if sub == 1:
                        cnt, k = leb(d, j)
                        for _ in range(cnt):
                            idx, k = leb(d, k)
                            l2, k = leb(d, k)
                            names[idx] = d[k:k + l2].decode("utf8", "replace")
                            k += l2
                    j += sl
        i = start + n
    sizes = {}
    for k, size in enumerate(bodies):
        name = re.sub(r"17h[0-9a-f]{16}E$", "", names.get(k + imports, f"#{k}"))
        sizes[name] = sizes.get(name, 0) + size
    return sizes


a = functions(sys.argv[1])
if len(sys.argv) == 2:
    print("code bytes", sum(a.values()), "functions", len(a))
    for name, size in sorted(a.items(), key=lambda x: -x[1])[:40]:
        print(f"{size:8d} {name[:140]}")
else:
    b = functions(sys.argv[2])
    print("code bytes", sum(a.values()), "→", sum(b.values()), f"({sum(b.values()) - sum(a.values()):+d})")
    diff = sorted((b.get(k, 0) - a.get(k, 0), k) for k in set(a) | set(b))
    for d_, k in diff[-30:][::-1] + [(0, "...")] + diff[:15]:
        print(f"{d_:+8d} {k[:140]}")
