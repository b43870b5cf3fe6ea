#!/usr/bin/env python3
"""The four signers of anfang, written from the seeds' algorithms with the stock
python3 standard library only (hashlib, hmac), as the reference the benchmark suite
compares the Rust signers against (`cargo bench --bench suite -- signers`).

* TUMS X-Authorization: tums-open-api.txt 1.2.2.2 签名过程 / 1.2.2.3 代码示例.
* Hongtu csign: hongtu-aiot-openapi.txt 接口鉴权 1.2 (algorithm), 1.3 (worked example).
* MCS8 login password: mcs8-platform-api.txt 2.1.1 and appendix C.1.
* Lenfocus parameter signature: lenfocus-device-protocol.md 三、签名算法 (worked example).

Before timing, every signer is checked against the seeds' worked examples and against
crates/auth-signing/fixtures/signing/vectors.json (the Rust crate's test vectors); a
mismatch exits with status 1. Then each signer runs N times in this one process and
one line per signer is printed:

    <name> <nanoseconds per call> <result of the last call>

Usage: python3 benches/reference/signers.py [N]   (default N = 100000)
"""
import hashlib
import hmac
import json
import os
import sys
import time


# --- TUMS: tums-open-api.txt 1.2.2.2 -------------------------------------------------
def tums_sign(method, path, payload, ak, sk, timestamp, nonce, terminal_id):
    signed = payload if payload else b"{}"
    hashed = hashlib.sha256(signed).hexdigest()
    scope = method + " " + path + " " + "tp-link_request"
    ts = str(timestamp)
    string_to_sign = "HmacSHA256\n" + ts + "\n" + scope + "\n" + hashed
    secret_date = hmac.new(sk.encode(), ts.encode(), hashlib.sha256).digest()
    secret_service = hmac.new(secret_date, path.encode(), hashlib.sha256).digest()
    secret_signing = hmac.new(secret_service, b"tp-link", hashlib.sha256).digest()
    signature = hmac.new(secret_signing, string_to_sign.encode(), hashlib.sha256).hexdigest()
    return ("Timestamp=" + ts + ",Nonce=" + nonce + ",AccessKey=" + ak
            + ",Signature=" + signature + ",TerminalId=" + terminal_id)


# --- Hongtu: 接口鉴权 1.2 -------------------------------------------------------------
def hongtu_csign(uri, method, query, body, secret, ctimestamp, cnonce, appkey):
    body_md5 = hashlib.md5(body if body is not None else b"{}").hexdigest()
    s = "-".join([uri, method, query, body_md5, secret, str(ctimestamp), cnonce, appkey])
    return hashlib.md5(s.encode()).hexdigest()


# --- MCS8: 2.1.1 / C.1 ----------------------------------------------------------------
def mcs8_password(password, udef_t):
    md5 = hashlib.md5(password.encode()).hexdigest() if password else ""
    return hashlib.sha256((md5 + str(udef_t)).encode()).hexdigest()


# --- Lenfocus: 三、签名算法 -----------------------------------------------------------
def lenfocus_sign(params, secret):
    kept = sorted((k, v) for k, v in params if k != "sign" and str(v).strip() != "")
    s = "".join(k + str(v) for k, v in kept) + secret
    return hashlib.md5(s.encode()).hexdigest().upper()


# The inputs the Rust benchmark signs (benches/suite/signers.rs uses the same ones).
TUMS_ARGS = ("POST", "/tums/open/resource/v1/addRegion",
             b'{"regionName":"root1.2","order":2,"parentId":"1"}',
             "ZDkxZmIyNTc2NTg4NTg2ODcxNDE3NTI3YzMyNWU0", "example-secret-key",
             1706701924, "1407447e996cf697488957375fd03d98",
             "fa5d13475934410b9398a95be95f7079")
HONGTU_ARGS = ("/v1/api/person/list", "POST", "", b'{"pageNum":1,"pageSize":10}',
               "sdfajk3242324fa!djq7", 1627300328673, "1234344", "appkey1")
MCS8_ARGS = ("000000", 1700000000)
LENFOCUS_ARGS = ([("sn", "Y3CA123489"), ("did", "876433"), ("ts", "1658029108"),
                  ("appid", "FUN790386")], "AABBCC112233")


def check():
    """The seeds' worked examples and the Rust crate's vectors; False on a mismatch."""
    ok = True

    def expect(what, got, want):
        nonlocal ok
        if got != want:
            print(f"MISMATCH {what}: got {got}, want {want}", file=sys.stderr)
            ok = False

    # Worked examples printed in the seeds.
    expect("hongtu 1.3", hongtu_csign(*HONGTU_ARGS), "52141def7a1e346ceee2f22c43d5fb97")
    expect("lenfocus 三", lenfocus_sign(*LENFOCUS_ARGS), "C7C164B353F05DF3E219E82FC4619912")
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "..", "..", "crates", "auth-signing", "fixtures", "signing",
                        "vectors.json")
    with open(path, encoding="utf-8") as f:
        vectors = json.load(f)
    for v in vectors["tums"]:
        got = tums_sign(v["method"], v["path"], v["payload"].encode(), v["ak"], v["sk"],
                        v["timestamp"], v["nonce"], v["terminal_id"])
        expect("tums " + v["path"], got, v["header"])
    for v in vectors["mcs8"]:
        expect("mcs8 " + str(v["udef_t"]), mcs8_password(v["password"], v["udef_t"]),
               v["signature"])
    for v in vectors["hongtu"]:
        body = v["body"].encode() if v["body"] is not None else None
        got = hongtu_csign(v["uri"], v["method"], v["query"], body, v["secret"],
                           v["ctimestamp"], v["cnonce"], v["cappkey"])
        expect("hongtu " + v["uri"], got, v["csign"])
    for v in vectors["lenfocus"]:
        got = lenfocus_sign(list(v["params"].items()), v["secret"])
        expect("lenfocus " + v["string_to_sign"][:12], got, v["sign"])
    return ok


def timed(n, f, args):
    out = None
    start = time.perf_counter_ns()
    for _ in range(n):
        out = f(*args)
    return (time.perf_counter_ns() - start) / n, out


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    if not check():
        sys.exit(1)
    for name, f, args in (("tums", tums_sign, TUMS_ARGS),
                          ("hongtu", hongtu_csign, HONGTU_ARGS),
                          ("mcs8", mcs8_password, MCS8_ARGS),
                          ("lenfocus", lenfocus_sign, LENFOCUS_ARGS)):
        timed(max(n // 10, 1), f, args)  # warm up
        ns, out = timed(n, f, args)
        print(f"{name} {ns:.1f} {out}")


if __name__ == "__main__":
    main()
