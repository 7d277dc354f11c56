#!/usr/bin/env python3
"""CPU per login split into signature verify / token signing / Redis / the rest, from two perf recordings of the
same phase (docs/performance.md, "Profile"):

  breakdown.py FP.txt DWARF.txt LOGINS_PER_SECOND

FP.txt is `perf script` of a frame-pointer recording (-g): it attributes managed code (JIT code keeps frame
pointers). OpenSSL's assembly has none, so its samples arrive without callers; DWARF.txt (a --call-graph dwarf
recording) names the OpenSSL entry point of those samples (CryptoNative_RsaSignHash, ...), and its proportions split
the FP recording's OpenSSL samples. Samples without an entry point (OpenSSL's big-number assembly, whose unwind
tables stop the walk) are counted as signing: RSA private-key operations are the only big-number work in the run
(the RSA verify of the SAML assertion is a small share of its entry point's samples). Frequency: PERF_FREQ (499)."""
import collections
import os
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
from summarize import parse  # noqa: E402

VERIFY_MANAGED = [r"EnvelopedSignatureVerifier::Verify", r"JsonWebTokenHandler::ValidateSignature", r"JsonWebTokenHandler::ValidateJWS",
                  r"IdTokenValidator", r"SignedXml::CheckSignature"]
SIGN_MANAGED = [r"JsonWebTokenHandler::CreateToken", r"JsonWebTokenHandler::EncryptToken", r"Saml2RedirectBinding::EncodeSigned"]
REDIS = re.compile(r"StackExchange\.Redis|Hub\.Gateway\.Stores\.Redis")
# StackExchange.Redis completes a command's task on its reader, and the awaiting request code may continue inline
# above those frames: a sample is Redis work only if a Redis frame comes before any frame of the request's own code.
CALLER = re.compile(r"Hub\.(?!Gateway\.Stores\.Redis)|OpenIddict|Microsoft\.AspNetCore|Microsoft\.IdentityModel")


def is_redis(stack):
    for frame in stack:
        if REDIS.search(frame):
            return True
        if CALLER.search(frame):
            return False
    return False
VERIFY_NATIVE = {"CryptoNative_RsaVerifyHash", "CryptoNative_EcDsaVerifyHash", "CryptoNative_EcKeyCreateByKeyParameters"}
SIGN_NATIVE = {"CryptoNative_RsaSignHash", "CryptoNative_EcDsaSignHash", "no entry point"}


def crypto_split(path):
    counts = collections.Counter()
    for _, stack in parse(path):
        entry = next((re.search(r"CryptoNative_\w+", s).group(0) for s in stack if "CryptoNative_" in s), None)
        if entry:
            counts[entry] += 1
        elif stack and "libcrypto" in stack[0]:
            counts["no entry point"] += 1
    total = sum(counts.values()) or 1
    verify = sum(v for k, v in counts.items() if k in VERIFY_NATIVE) / total
    sign = sum(v for k, v in counts.items() if k in SIGN_NATIVE) / total
    return verify, sign, counts


def main():
    fp, dwarf, rate = sys.argv[1], sys.argv[2], float(sys.argv[3])
    freq = float(os.environ.get("PERF_FREQ", "499"))
    samples = parse(fp)
    verify_share, sign_share, counts = crypto_split(dwarf)
    buckets = collections.Counter()
    for _, stack in samples:
        text = "\n".join(stack)
        if stack and ("libcrypto" in stack[0]) and not any(not s.startswith("[native") and "libcrypto" not in s for s in stack[1:3]):
            buckets["openssl"] += 1
        elif any(re.search(p, text) for p in VERIFY_MANAGED):
            buckets["verify"] += 1
        elif any(re.search(p, text) for p in SIGN_MANAGED):
            buckets["sign"] += 1
        elif is_redis(stack):
            buckets["redis"] += 1
        else:
            buckets["rest"] += 1
    seconds = float(os.environ.get("PERF_SECONDS", "20"))
    logins = rate * seconds
    us = lambda n: n / freq * 1e6 / logins  # noqa: E731
    openssl = buckets["openssl"]
    verify = buckets["verify"] + openssl * verify_share
    sign = buckets["sign"] + openssl * sign_share
    rest = buckets["rest"] + openssl * (1 - verify_share - sign_share)
    total = len(samples)
    print(f"{total} samples over {seconds:.0f} s at {freq:.0f} Hz, {logins:.0f} logins: {us(total):.0f} µs CPU/login (profiled)")
    print("OpenSSL entry points (dwarf):", ", ".join(f"{k} {v}" for k, v in counts.most_common(8)))
    print("| signature verify | token signing | Redis client | the rest | total |")
    print(f"| {us(verify):.0f} | {us(sign):.0f} | {us(buckets['redis']):.0f} | {us(rest):.0f} | {us(total):.0f} |")


if __name__ == "__main__":
    main()
