#!/usr/bin/env python3
"""Generates crates/tums-client/src/error_codes.rs from the seed's 1.5 错误码说明 table
merged with the 2026-08-31 edition's table (tools/error-codes-2026.tsv).

Usage (from anywhere; stock python3, no packages):

    python3 crates/tums-client/tools/gen_error_codes.py [path/to/tums-open-api.txt [path/to/error-codes-2026.tsv]]

The seed defaults to ../shared/seeds/tums-open-api.txt relative to the workspace root
(the directory above crates/). The table is a run of tab-indented lines after the
"1.5 错误码说明" heading: the header pair (错误码, 描述), then one line with a negative
code followed by one line with its Chinese description, until the flowchart text that
closes the document. The output is committed; nothing parses the seed at run time.

The 2026 table (error-codes-2026.tsv, committed beside this script, transcribed from
the public text extract of the 2026-08-31 edition, doc/1.5-错误码.md) is merged in:
the seed's codes keep their order and verbatim description; codes only the 2026 table
has follow, in its order, with its description. The 2026 table prints -82412 twice
(数据库中数据条目访问异常, and 无入场记录 among the parking codes); the first is the
description, every further one is documented on the variant (ALSO_DOCUMENTED).

Codes in CURATED get an English variant name; every other code is named E<digits>
(E80414 for -80414). Every variant documents its code and the seed's description.
"""

import os
import shutil
import subprocess
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CRATE = os.path.dirname(HERE)
WORKSPACE = os.path.dirname(os.path.dirname(CRATE))
DEFAULT_SEED = os.path.join(os.path.dirname(WORKSPACE), "shared", "seeds", "tums-open-api.txt")
DEFAULT_2026 = os.path.join(HERE, "error-codes-2026.tsv")
OUT = os.path.join(CRATE, "src", "error_codes.rs")

# English names (and glosses) for the codes integrators match on most often.
CURATED = {
    -10000: ("General", "general error"),
    -10100: ("JsonMalformed", "malformed JSON body"),
    -10101: ("JsonEmpty", "empty JSON body"),
    -10200: ("TooManyRequestsFromIp", "too many requests from this IP"),
    -10201: ("TooManyRequestsFromUser", "too many requests from this user"),
    -10301: ("SignatureMismatch", "the signature does not match"),
    -10302: ("SignatureExpired", "the signed timestamp is more than 5 minutes off"),
    -10303: ("SignatureParameterError", "X-Authorization missing or malformed, or a nonce reused within 5 minutes"),
    -10304: ("InvalidAccessKey", "unknown or expired access key"),
    -10305: ("AccessDenied", "access denied. Two meanings share this code: the 1.5 table's \"the access key may not call this API\" (with the 2026 edition's permission policies, a temporary key calling an API its policies do not allow), and 1.2.2.4's \"the access key is disabled\" (AK被禁用)"),
    -20000: ("ServerInternal", "internal server error"),
    -20001: ("PermissionDenied", "not permitted"),
    -20002: ("RequestTimeout", "request timed out (often the device did not answer)"),
    -20003: ("CloudBusy", "the cloud is busy, retry"),
    -20004: ("ApiRequestOverLimit", "API request limit exceeded"),
    -20005: ("DeviceRequestTimeout", "the request to the device timed out"),
    -80703: ("UrlNotReady", "URL not ready yet, poll again"),
    -80704: ("GetUrlFailed", "could not get the URL"),
    -82112: ("OperationTooFrequent", "operation too frequent"),
    -82401: ("InsufficientPermission", "insufficient permission (also: temporary keys cannot mint temporary keys)"),
    -82422: ("BatchPartialFailure", "some items of a batch configuration failed"),
    -88303: ("DeveloperPlanUsageExceeded", "developer plan usage exceeded"),
    -88311: ("NotDeviceApplication", "the API needs a device-type application"),
    -88312: ("NotProjectApplication", "the API needs a project-type application"),
    -88315: ("DeviceRestricted", "device access is restricted (closed)"),
    -88316: ("DeviceNotInApplication", "the device is not in the application"),
    -88317: ("TempCredentialLimitReached", "the number of temporary AK/SKs reached its limit"),
}


def seed_path():
    if len(sys.argv) > 1:
        return sys.argv[1]
    return DEFAULT_SEED


def table_2026_path():
    if len(sys.argv) > 2:
        return sys.argv[2]
    return DEFAULT_2026


def parse_2026(text):
    """(code, description) rows of error-codes-2026.tsv, in order (duplicates kept)."""
    rows = []
    for line in text.split("\n"):
        if not line.strip() or line.startswith("#") or line.startswith("code\t"):
            continue
        code, sep, desc = line.partition("\t")
        if not sep or not re.match(r"^-\d+$", code) or not desc.strip():
            sys.exit(f"malformed 2026 row: {line!r}")
        rows.append((int(code), desc.strip()))
    return rows


# Further meanings a code has in the tables (beyond its description), for the docs.
ALSO_DOCUMENTED = {}


def merge(pairs, rows):
    """The seed's pairs, then the 2026-only codes; records repeated codes' meanings."""
    known = dict(pairs)
    merged = list(pairs)
    first_2026 = {}
    for code, desc in rows:
        if code in first_2026:
            if desc != first_2026[code]:
                ALSO_DOCUMENTED.setdefault(code, []).append(desc)
            continue
        first_2026[code] = desc
        if code not in known:
            known[code] = desc
            merged.append((code, desc))
    return merged, first_2026


def parse(text):
    lines = text.split("\n")
    try:
        start = next(i for i, l in enumerate(lines) if l.startswith("1.5 错误码说明"))
    except StopIteration:
        sys.exit("no '1.5 错误码说明' heading in the seed")
    body = [l for l in lines[start + 1:] if l.strip()]
    # Skip to the header pair.
    while body and body[0].strip() != "错误码":
        body.pop(0)
    if len(body) < 2 or body[1].strip() != "描述":
        sys.exit("the 1.5 table header (错误码 / 描述) was not found")
    body = body[2:]
    pairs = []
    i = 0
    while i < len(body) and re.match(r"^\t-\d+\s*$", body[i]):
        code = int(body[i].strip())
        desc = []
        i += 1
        while i < len(body) and body[i].startswith("\t") and not re.match(r"^\t-\d+\s*$", body[i]):
            desc.append(body[i].strip())
            i += 1
        if not desc:
            sys.exit(f"code {code} has no description")
        pairs.append((code, " ".join(desc)))
    codes = [c for c, _ in pairs]
    if len(set(codes)) != len(codes):
        dup = sorted({c for c in codes if codes.count(c) > 1})
        sys.exit(f"duplicate codes in the table: {dup}")
    return pairs


def rust_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def doc(s):
    # Keep rustdoc from reading markdown in the seed's text.
    return s.replace("[", "\\[").replace("]", "\\]").replace("<", "\\<").replace("*", "\\*")


def variant(code):
    if code in CURATED:
        return CURATED[code][0]
    return f"E{abs(code)}"


def generate(pairs, seed_count=None, in_2026=None):
    seed_count = len(pairs) if seed_count is None else seed_count
    in_2026 = in_2026 or {}
    out = []
    w = out.append
    w("// @generated by crates/tums-client/tools/gen_error_codes.py from the seed's")
    w("// 1.5 错误码说明 table (tums-open-api.txt) and the 2026-08-31 edition's table")
    w("// (tools/error-codes-2026.tsv). Do not edit by hand: edit the script or the table")
    w("// and run `python3 crates/tums-client/tools/gen_error_codes.py`.")
    w("")
    w("//! Every error code of the 1.5 错误码说明 tables as [`ErrorCode`]: the seed's and the")
    w("//! TUMS 2026-08-31 edition's.")
    w("//!")
    w(f"//! {len(pairs)} codes: the seed's {seed_count}, in its order, then the {len(pairs) - seed_count} codes only")
    w("//! the 2026 table has, in its order. Two codes carry more than one meaning: -10305")
    w("//! (the table's 访问被拒绝 — the key may not call the API, which the 2026 permission")
    w("//! policies produce — and 1.2.2.4's AK被禁用) and -82412, which the 2026 table prints")
    w("//! twice (数据库中数据条目访问异常, and 无入场记录 among the parking codes; read the")
    w("//! endpoint to tell them apart). Codes integrators match on most often")
    w("//! have English names (`SignatureMismatch`, `CloudBusy`…); every other code is named")
    w("//! after its digits (`E80414` for -80414). Codes the table does not list (the table")
    w("//! is known to be incomplete) decode as [`ErrorCode::Unknown`].")
    w("//!")
    w("//! ```")
    w("//! use tums_client::ErrorCode;")
    w("//! assert_eq!(ErrorCode::from_code(-10301), ErrorCode::SignatureMismatch);")
    w("//! assert_eq!(ErrorCode::SignatureMismatch.code(), -10301);")
    w("//! assert_eq!(ErrorCode::SignatureMismatch.description(), Some(\"签名不匹配\"));")
    w("//! assert_eq!(ErrorCode::from_code(-80414), ErrorCode::E80414);")
    w("//! assert_eq!(ErrorCode::from_code(-71551), ErrorCode::Unknown(-71551));")
    w("//! ```")
    w("")
    w(f"/// Number of codes in the merged 1.5 tables (the seed's and the 2026 edition's).")
    w(f"pub const ERROR_CODE_COUNT: usize = {len(pairs)};")
    w("")
    w("/// A TUMS `error_code` (1.5 错误码说明). Unknown codes are kept in [`ErrorCode::Unknown`].")
    w("#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]")
    w("#[non_exhaustive]")
    w("pub enum ErrorCode {")
    for i, (code, desc) in enumerate(pairs):
        if code in CURATED:
            w(f"    /// `{code}` {doc(desc)} — {CURATED[code][1]}.")
        else:
            w(f"    /// `{code}` {doc(desc)}")
        if i >= seed_count:
            w("    ///")
            w("    /// New in the 2026-08-31 edition's table.")
        for other in ALSO_DOCUMENTED.get(code, []):
            w("    ///")
            w(f"    /// The 2026 table also prints this code as: {doc(other)}.")
        w(f"    {variant(code)},")
    w("    /// A code the seed's table does not list (kept as received).")
    w("    Unknown(i64),")
    w("}")
    w("")
    w("impl ErrorCode {")
    w("    /// Every code of the table, in the table's order.")
    w("    pub const ALL: [ErrorCode; ERROR_CODE_COUNT] = [")
    for code, _ in pairs:
        w(f"        ErrorCode::{variant(code)},")
    w("    ];")
    w("")
    w("    /// The numeric code (negative for every documented code).")
    w("    pub fn code(&self) -> i64 {")
    w("        match self {")
    for code, _ in pairs:
        w(f"            ErrorCode::{variant(code)} => {code},")
    w("            ErrorCode::Unknown(c) => *c,")
    w("        }")
    w("    }")
    w("")
    w("    /// The variant for a numeric code; codes the table does not list become")
    w("    /// [`ErrorCode::Unknown`].")
    w("    pub fn from_code(code: i64) -> Self {")
    w("        match code {")
    for code, _ in pairs:
        w(f"            {code} => ErrorCode::{variant(code)},")
    w("            other => ErrorCode::Unknown(other),")
    w("        }")
    w("    }")
    w("")
    w("    /// The description (Chinese, verbatim from the seed's 1.5 table, or the 2026")
    w("    /// table for codes only it has); `None` for [`ErrorCode::Unknown`].")
    w("    pub fn description(&self) -> Option<&'static str> {")
    w("        Some(match self {")
    for code, desc in pairs:
        w(f"            ErrorCode::{variant(code)} => {rust_str(desc)},")
    w("            ErrorCode::Unknown(_) => return None,")
    w("        })")
    w("    }")
    w("}")
    w("")
    return "\n".join(out)


def main():
    with open(seed_path(), encoding="utf-8") as f:
        pairs = parse(f.read())
    with open(table_2026_path(), encoding="utf-8") as f:
        rows = parse_2026(f.read())
    seed_count = len(pairs)
    merged, in_2026 = merge(pairs, rows)
    missing = [c for c in CURATED if c not in dict(merged)]
    if missing:
        sys.exit(f"curated codes not in the table: {missing}")
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(generate(merged, seed_count, in_2026))
    rustfmt(OUT)
    print(f"wrote {len(merged)} codes ({seed_count} from the seed) to {os.path.relpath(OUT)}")


def rustfmt(path):
    """Formats the output like `cargo fmt` would, when rustfmt is installed."""
    exe = shutil.which("rustfmt")
    if exe:
        subprocess.run([exe, "--edition", "2021", path], check=False)


if __name__ == "__main__":
    main()
