#!/usr/bin/env python3
"""Summarize `perf script -F comm,tid,ip,sym,dso` output of the gateway (docs/performance.md, "Profile").

Prints CPU shares by thread, by request type (classified by the frames on the stack), and the top exclusive and
inclusive frames. Usage: summarize.py perf-script.txt [logins]  (logins: completed during the recording, to print
CPU µs per login from the sample count and the sampling frequency given by PERF_FREQ, default 499)."""
import collections
import os
import re
import sys

# Request types, first match wins (matched against every frame of a sample's stack). The completion comes before the
# provider callbacks: it runs in place, inside the callback's request, so its samples also carry the callback's frames.
RULES = [
    ("token endpoint (code redemption, client assertion, ID token)", [r"Hub\.Gateway\.OpenIdProvider\.Token\.", r"OpenIddictServerHandlers\+Exchange", r"AuthenticateTokenClient", r"ConsumeAuthorizationCode"]),
    ("authorize/complete (consent check, code issued)", [r"AuthorizationCompletion", r"IssueCodeHandle", r"FlowResumer", r"RestoreResumedRequest", r"ConsentStep", r"AuditCodeIssuance", r"ProcessSignInContext"]),
    ("SAML ACS (Response validation, mapping, flow update)", [r"FlowEndpoints.*SamlAcs", r"Hub\.Adapters\.Saml2\.(Validation|Signature|Xml|Saml2Adapter::(Complete|Validate))", r"SelfPostPage"]),
    ("OIDC callback (code exchange with the provider, ID-token validation)", [r"FlowEndpoints.*OidcCallback", r"Hub\.Adapters\.Oidc", r"System\.Net\.Http\.", r"Polly"]),
    ("provider callback, either protocol (mapping, flow update)", [r"ProviderCallbackHandler", r"Hub\.Adapters\.(Mapping|Translation)"]),
    ("authorize (request validated, flow created, provider request)", [r"FlowStarter", r"ProviderLauncher", r"Saml2RedirectBinding", r"Saml2Adapter::Begin", r"OidcAdapter.*Begin", r"AuthorizationEndpoint", r"ValidateRelyingParty", r"BuildValidatedRequest"]),
    ("OpenIddict pipeline, not attributed above", [r"OpenIddict"]),
    ("ASP.NET Core / Kestrel per-request pipeline", [r"Microsoft\.AspNetCore", r"HttpProtocol", r"Kestrel"]),
    ("Redis client (StackExchange.Redis)", [r"StackExchange\.Redis", r"Hub\.Gateway\.Stores\.Redis"]),
    ("sockets, thread pool, timers", [r"System\.Net\.Sockets", r"ThreadPool", r"System\.Threading"]),
]

WAIT = re.compile(r"")


def parse(path):
    samples = []
    comm, stack = None, []
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                if comm is not None:
                    samples.append((comm, stack))
                comm, stack = None, []
                continue
            if not line.startswith("\t") and not line.startswith(" "):
                comm = line.rsplit(" ", 1)[0].strip()
                stack = []
                continue
            parts = line.strip().split(" ", 1)
            rest = parts[1] if len(parts) > 1 else ""
            m = re.match(r"(.*) \(([^()]*)\)$", rest)
            sym, dso = (m.group(1), m.group(2)) if m else (rest, "")
            if sym == "[unknown]":
                sym = "[native " + os.path.basename(dso or "?") + "]"
            sym = re.sub(r"\[(InstrumentedTier|Tier1|Tier0|OptimizedTier1|Optimized|QuickJitted|PreJIT|OptimizedTier1OSR)\]$", "", sym)
            stack.append(sym)
    if comm is not None:
        samples.append((comm, stack))
    return samples


def short(sym):
    sym = re.sub(r"^(instance )?(class |valuetype )?[^ ]+ \[[^\]]+\] ", "", sym)
    return re.sub(r"\(.*\)$", "", sym)[:150]


def main():
    samples = parse(sys.argv[1])
    logins = float(sys.argv[2]) if len(sys.argv) > 2 else 0
    freq = float(os.environ.get("PERF_FREQ", "499"))
    total = len(samples)
    print(f"{total} samples" + (f", {logins:.0f} logins, {total / freq * 1e6 / logins:.0f} µs CPU/login" if logins else ""))

    def row(name, n):
        per = f" | {n / freq * 1e6 / logins:8.0f}" if logins else ""
        print(f"| {name} | {100.0 * n / total:5.1f} %{per} |")

    print("\n## by thread\n")
    threads = collections.Counter(re.sub(r"[0-9]+$", "", c).strip() for c, _ in samples)
    for name, n in threads.most_common(12):
        row(name, n)

    print("\n## by request type\n")
    kinds = collections.Counter()
    for _, stack in samples:
        text = "\n".join(stack)
        for name, patterns in RULES:
            if any(re.search(p, text) for p in patterns):
                kinds[name] += 1
                break
        else:
            kinds["no managed caller: OpenSSL assembly, kernel-only stacks (TCP), GC, JIT"] += 1
    for name, n in kinds.most_common():
        row(name, n)

    print("\n## top exclusive (leaf; native leaves named with their first managed caller)\n")
    excl = collections.Counter()
    for _, stack in samples:
        if not stack:
            continue
        leaf = short(stack[0])
        if leaf.startswith("[native"):
            caller = next((short(s) for s in stack[1:] if not s.startswith("[native")), "?")
            leaf = f"{leaf} under {caller}"
        excl[leaf] += 1
    for name, n in excl.most_common(int(os.environ.get("TOP", "30"))):
        row(name, n)

    print("\n## top inclusive (managed frames)\n")
    incl = collections.Counter()
    for _, stack in samples:
        incl.update({short(s) for s in stack if not s.startswith("[native")})
    skip = re.compile(r"MoveNext|AsyncMethodBuilderCore|Start\b|ExecutionContext|ThreadPool|PortableThreadPool|WorkerThread|ThreadHelper|Dispatch|IOQueue|SocketAsync|AwaitableSocket|TaskAwaiter|Task`?1?::|AsyncStateMachineBox|ValueTask")
    shown = 0
    for name, n in incl.most_common():
        if skip.search(name):
            continue
        row(name, n)
        shown += 1
        if shown >= int(os.environ.get("TOP", "60")):
            break


if __name__ == "__main__":
    main()
