//! `anfang sign` and `anfang verify`: every intermediate value of each platform's
//! signature (computed by `auth_signing::explain`), and a verdict on a captured
//! request that says which input differs.

use std::io::Read as _;
use std::path::{Path, PathBuf};

use auth_signing::explain;
use client_core::Secret;

use crate::creds::{secret_from_flags, Config};
use crate::{usage, CliResult, Failure, Platform};

/// Where a secret comes from (else the config file, else the platform's variable).
#[derive(Debug, Clone, Default, clap::Args)]
pub struct SecretArgs {
    /// Read the secret from this environment variable.
    #[arg(long, value_name = "VAR")]
    pub secret_env: Option<String>,
    /// Read the secret from the first line of this file.
    #[arg(long, value_name = "FILE")]
    pub secret_file: Option<PathBuf>,
}

impl SecretArgs {
    fn resolve(&self, platform: Platform, config: &Config) -> CliResult<Secret> {
        if let Some(s) = secret_from_flags(self.secret_env.as_deref(), self.secret_file.as_deref())?
        {
            return Ok(s);
        }
        let var = crate::creds::env_names(platform).2;
        config
            .entry(platform)
            .secret
            .or_else(|| client_core::env::var(var).map(Secret::from))
            .ok_or_else(|| {
                usage(format!(
                    "no secret for {}: pass --secret-env or --secret-file, set it in the config file, or set {var}",
                    platform.name()
                ))
            })
    }
}

/// Output options of `sign`.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct SignOutput {
    /// Print one JSON object instead of text.
    #[arg(long)]
    pub json: bool,
    /// Also print the values that contain the secret (the joined strings), in clear.
    #[arg(long)]
    pub show_secrets: bool,
}

/// `anfang sign <platform>`.
#[derive(Debug, clap::Subcommand)]
pub enum SignCommand {
    /// TUMS X-Authorization (tums-open-api.txt 1.2.2 请求签名).
    Tums {
        /// HTTP method.
        #[arg(long, default_value = "POST")]
        method: String,
        /// The path (starting with `/`).
        #[arg(long)]
        path: String,
        /// The body: a file, or `-` for standard input (none: `{}` is signed).
        #[arg(long, value_name = "FILE")]
        body_file: Option<PathBuf>,
        /// UNIX seconds (default: now).
        #[arg(long)]
        timestamp: Option<i64>,
        /// The nonce (default: a fresh 32-character one).
        #[arg(long)]
        nonce: Option<String>,
        /// AccessKey (else config file or TUMS_AK).
        #[arg(long)]
        ak: Option<String>,
        /// TerminalId.
        #[arg(long, default_value = "anfang-cli")]
        terminal_id: String,
        /// The secret key.
        #[command(flatten)]
        secret: SecretArgs,
        /// Output.
        #[command(flatten)]
        out: SignOutput,
    },
    /// Hongtu csign (hongtu-aiot-openapi.txt 接口鉴权 1.2).
    Hongtu {
        /// HTTP method.
        #[arg(long, default_value = "POST")]
        method: String,
        /// The path (`/v1/api/person/list`).
        #[arg(long)]
        uri: String,
        /// The query string as sent, without `?`.
        #[arg(long, default_value = "")]
        query: String,
        /// The JSON body: a file, or `-` for standard input (none: MD5 of `{}`).
        #[arg(long, value_name = "FILE", conflicts_with = "multipart")]
        body_file: Option<PathBuf>,
        /// A multipart upload (empty requestBodyMD5).
        #[arg(long)]
        multipart: bool,
        /// ctimestamp, UNIX milliseconds (default: now).
        #[arg(long)]
        timestamp_ms: Option<i64>,
        /// cnonce (default: 6 fresh characters).
        #[arg(long)]
        nonce: Option<String>,
        /// cappkey (else config file or HONGTU_APP_KEY).
        #[arg(long)]
        app_key: Option<String>,
        /// The secret.
        #[command(flatten)]
        secret: SecretArgs,
        /// Output.
        #[command(flatten)]
        out: SignOutput,
    },
    /// MCS8 login password signature (mcs8-platform-api.txt 2.1.1, appendix C.1).
    Mcs8 {
        /// udef_t, UNIX seconds (default: now).
        #[arg(long)]
        udef_t: Option<i64>,
        /// The password.
        #[command(flatten)]
        secret: SecretArgs,
        /// Output.
        #[command(flatten)]
        out: SignOutput,
    },
    /// Lenfocus parameter signature (三、签名算法) or, with --sn, the connect signature
    /// (一 1.1).
    Lenfocus {
        /// The parameters: a JSON object file, or `-` for standard input.
        #[arg(long, value_name = "FILE")]
        body_file: Option<PathBuf>,
        /// A parameter `key=value` (repeatable), besides --body-file.
        #[arg(long = "param", value_name = "KEY=VALUE")]
        params: Vec<String>,
        /// Sign nested objects and arrays as their compact JSON (default: skipped).
        #[arg(long)]
        nested_json: bool,
        /// Connect signature: the device serial number.
        #[arg(long, requires = "key_file")]
        sn: Option<String>,
        /// Connect signature: the device's PEM private key (PKCS#1 or PKCS#8).
        #[arg(long, value_name = "PEM")]
        key_file: Option<PathBuf>,
        /// Connect signature: ts, UNIX seconds (default: now).
        #[arg(long)]
        ts: Option<i64>,
        /// The secret (parameter signature) or the security code (connect signature).
        #[command(flatten)]
        secret: SecretArgs,
        /// Output.
        #[command(flatten)]
        out: SignOutput,
    },
}

/// Reads a body from a file or `-` (standard input), bounded to 16 MiB.
pub fn read_input(path: &Path) -> CliResult<Vec<u8>> {
    const LIMIT: u64 = 16 << 20;
    let mut buf = Vec::new();
    let result = if path == Path::new("-") {
        std::io::stdin().take(LIMIT + 1).read_to_end(&mut buf)
    } else {
        std::fs::File::open(path).and_then(|f| f.take(LIMIT + 1).read_to_end(&mut buf))
    };
    result.map_err(|e| usage(format!("cannot read {}: {e}", path.display())))?;
    if buf.len() as u64 > LIMIT {
        return Err(usage(format!("{} is larger than 16 MiB", path.display())));
    }
    Ok(buf)
}

struct Report {
    json: bool,
    rows: Vec<(&'static str, String)>,
}

impl Report {
    fn new(json: bool) -> Self {
        Self {
            json,
            rows: Vec::new(),
        }
    }
    fn row(&mut self, name: &'static str, value: impl Into<String>) {
        self.rows.push((name, value.into()));
    }
    fn print(self) {
        if self.json {
            let map: serde_json::Map<String, serde_json::Value> = self
                .rows
                .into_iter()
                .map(|(k, v)| (k.to_owned(), serde_json::Value::String(v)))
                .collect();
            println!("{}", serde_json::to_string_pretty(&map).unwrap_or_default());
        } else {
            for (k, v) in self.rows {
                if v.contains('\n') {
                    println!("{k}:");
                    for line in v.lines() {
                        println!("    {line}");
                    }
                } else {
                    println!("{k}: {v}");
                }
            }
        }
    }
}

fn identity(flag: Option<String>, platform: Platform, config: &Config) -> CliResult<String> {
    let var = crate::creds::env_names(platform).1;
    flag.or(config.entry(platform).id)
        .or_else(|| client_core::env::var(var))
        .ok_or_else(|| {
            usage(format!(
                "no identity for {}: pass it as a flag, in the config file, or set {var}",
                platform.name()
            ))
        })
}

/// Runs `anfang sign`.
pub fn run_sign(cmd: SignCommand, config: &Config) -> CliResult {
    match cmd {
        SignCommand::Tums {
            method,
            path,
            body_file,
            timestamp,
            nonce,
            ak,
            terminal_id,
            secret,
            out,
        } => {
            let ak = identity(ak, Platform::Tums, config)?;
            let sk = secret.resolve(Platform::Tums, config)?;
            let body = body_file
                .as_deref()
                .map(read_input)
                .transpose()?
                .unwrap_or_default();
            let ts = timestamp.unwrap_or_else(client_core::unix_seconds);
            let nonce = nonce.unwrap_or_else(client_core::uuid_nonce);
            let steps = explain::tums(
                &auth_signing::tums::TumsRequest {
                    method: &method,
                    path: &path,
                    payload: &body,
                },
                &auth_signing::tums::TumsCredentials {
                    access_key: &ak,
                    secret_key: sk.expose(),
                    terminal_id: &terminal_id,
                },
                ts,
                &nonce,
            )
            .map_err(|e| usage(e.to_string()))?;
            let mut r = Report::new(out.json);
            r.row("payload", String::from_utf8_lossy(&steps.payload));
            r.row("hashedCanonicalRequest", steps.hashed_canonical_request);
            r.row("credentialScope", steps.credential_scope);
            r.row("stringToSign", steps.string_to_sign);
            r.row("signature", steps.signature);
            r.row("X-Authorization", steps.header_value);
            r.print();
        }
        SignCommand::Hongtu {
            method,
            uri,
            query,
            body_file,
            multipart,
            timestamp_ms,
            nonce,
            app_key,
            secret,
            out,
        } => {
            let app_key = identity(app_key, Platform::Hongtu, config)?;
            let secret = secret.resolve(Platform::Hongtu, config)?;
            let body = body_file.as_deref().map(read_input).transpose()?;
            let parts = auth_signing::hongtu::SignedParts {
                uri: &uri,
                method: &method,
                query: &query,
                body: match (&body, multipart) {
                    (_, true) => auth_signing::hongtu::BodyDigest::Multipart,
                    (Some(b), false) => auth_signing::hongtu::BodyDigest::Json(b),
                    (None, false) => auth_signing::hongtu::BodyDigest::EmptyJson,
                },
            };
            let ts = timestamp_ms.unwrap_or_else(client_core::unix_millis);
            let nonce = nonce.unwrap_or_else(|| client_core::random_nonce(6));
            let steps = explain::hongtu(
                &parts,
                &auth_signing::hongtu::HongtuCredentials {
                    app_key: &app_key,
                    secret: secret.expose(),
                },
                ts,
                &nonce,
            );
            let mut r = Report::new(out.json);
            r.row("requestBodyMD5", steps.body_md5.clone());
            r.row(
                "joined",
                if out.show_secrets {
                    steps.joined_secret.clone()
                } else {
                    steps.joined_redacted.clone()
                },
            );
            r.row("csign", steps.csign.clone());
            for (name, value) in steps.headers.pairs() {
                r.row(name, value.to_owned());
            }
            r.print();
        }
        SignCommand::Mcs8 {
            udef_t,
            secret,
            out,
        } => {
            let password = secret.resolve(Platform::Mcs8, config)?;
            let udef_t = udef_t.unwrap_or_else(client_core::unix_seconds);
            let steps = explain::mcs8(password.expose(), udef_t);
            let mut r = Report::new(out.json);
            r.row(
                "md5(password)",
                if out.show_secrets {
                    steps.password_md5_secret.clone()
                } else {
                    explain::SECRET_PLACEHOLDER.to_owned()
                },
            );
            r.row(
                "sha256 input",
                if out.show_secrets {
                    format!("{}{}", steps.password_md5_secret, steps.udef_t)
                } else {
                    steps.input_redacted.clone()
                },
            );
            r.row("udef_t", steps.udef_t.clone());
            r.row("password", steps.password.clone());
            r.print();
        }
        SignCommand::Lenfocus {
            body_file,
            params,
            nested_json,
            sn,
            key_file,
            ts,
            secret,
            out,
        } => {
            let secret = secret.resolve(Platform::Lenfocus, config)?;
            let mut r = Report::new(out.json);
            if let (Some(sn), Some(key_file)) = (sn, key_file) {
                let pem = String::from_utf8(read_input(&key_file)?)
                    .map_err(|_| usage("the key file is not text"))?;
                let signer = auth_signing::lenfocus::ConnectSigner::from_pem(&pem)
                    .map_err(|e| usage(e.to_string()))?;
                let ts = ts.unwrap_or_else(client_core::unix_seconds);
                let steps = explain::connect(&sn, secret.expose(), ts);
                r.row(
                    "input",
                    if out.show_secrets {
                        auth_signing::lenfocus::connect_sign_input(&sn, secret.expose(), ts)
                    } else {
                        steps.input_redacted.clone()
                    },
                );
                r.row("md5", steps.digest_hex.clone());
                r.row("ts", ts.to_string());
                r.row(
                    "sign",
                    signer
                        .sign(&sn, secret.expose(), ts)
                        .map_err(|e| usage(e.to_string()))?,
                );
                r.print();
                return Ok(());
            }
            let mut pairs = match body_file {
                Some(path) => {
                    let value: serde_json::Value = serde_json::from_slice(&read_input(&path)?)
                        .map_err(|e| usage(format!("the parameters are not JSON: {e}")))?;
                    lenfocus_pairs(&value, nested_json)
                        .ok_or_else(|| usage("the parameters must be a JSON object"))?
                }
                None => Vec::new(),
            };
            for p in params {
                let (k, v) = p
                    .split_once('=')
                    .ok_or_else(|| usage(format!("--param {p:?} is not KEY=VALUE")))?;
                pairs.push((k.to_owned(), v.to_owned()));
            }
            if pairs.is_empty() {
                return Err(usage("no parameters: pass --body-file or --param"));
            }
            let steps = explain::lenfocus(pairs, secret.expose());
            let sorted: Vec<String> = steps
                .sorted
                .iter()
                .map(|(k, v)| format!("{k}={v}"))
                .collect();
            r.row("sorted", sorted.join("&"));
            r.row(
                "string",
                if out.show_secrets {
                    steps.string_secret.clone()
                } else {
                    steps.string_redacted.clone()
                },
            );
            r.row("sign", steps.sign.clone());
            r.print();
        }
    }
    Ok(())
}

/// A JSON object's members as Lenfocus signs them (lenfocus-device `ParamSigning`):
/// strings as they are, numbers and booleans as text, `null` dropped, nested values
/// skipped or as compact JSON.
pub fn lenfocus_pairs(
    value: &serde_json::Value,
    nested_json: bool,
) -> Option<Vec<(String, String)>> {
    let map = value.as_object()?;
    Some(
        map.iter()
            .filter_map(|(k, v)| {
                let text = match v {
                    serde_json::Value::Null => return None,
                    serde_json::Value::String(s) => s.clone(),
                    serde_json::Value::Number(n) => n.to_string(),
                    serde_json::Value::Bool(b) => b.to_string(),
                    other if nested_json => other.to_string(),
                    _ => return None,
                };
                Some((k.clone(), text))
            })
            .collect(),
    )
}

/// `anfang verify <platform>`.
#[derive(Debug, clap::Args)]
pub struct VerifyArgs {
    /// The platform.
    #[arg(value_enum)]
    pub platform: Platform,
    /// The captured request as HTTP text (request line, headers, blank line, body); a
    /// file or `-` for standard input.
    #[arg(long, value_name = "FILE")]
    pub request: PathBuf,
    /// The identity the request should carry (access key, app key, user name, app id).
    #[arg(long)]
    pub id: Option<String>,
    /// The secret.
    #[command(flatten)]
    pub secret: SecretArgs,
    /// The body your client says it signed (to tell a changed body from a wrong key).
    #[arg(long, value_name = "FILE")]
    pub signed_body: Option<PathBuf>,
    /// "Now" in UNIX seconds, for the clock check (default: this machine's clock).
    #[arg(long)]
    pub now: Option<i64>,
    /// The allowed clock skew in seconds (the platforms allow 5 minutes).
    #[arg(long, default_value_t = 300)]
    pub max_skew: i64,
}

/// A parsed captured request.
#[derive(Debug)]
pub struct Captured {
    method: String,
    path: String,
    query: Option<String>,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Captured {
    /// Parses HTTP/1.x request text (CRLF or LF line ends).
    pub fn parse(raw: &[u8]) -> CliResult<Captured> {
        let split = find(raw, b"\r\n\r\n")
            .map(|i| (i, 4))
            .or_else(|| find(raw, b"\n\n").map(|i| (i, 2)));
        let (head, body) = match split {
            Some((i, n)) => (&raw[..i], raw[i + n..].to_vec()),
            None => (raw, Vec::new()),
        };
        let head = std::str::from_utf8(head).map_err(|_| usage("the request head is not UTF-8"))?;
        let mut lines = head.lines();
        let first = lines.next().unwrap_or_default();
        let mut parts = first.split_whitespace();
        let (Some(method), Some(target)) = (parts.next(), parts.next()) else {
            return Err(usage(
                "the request does not start with a request line (`POST /path HTTP/1.1`)",
            ));
        };
        // An absolute URL keeps only its path and query.
        let target = match target.find("://") {
            Some(i) => target[i + 3..]
                .find('/')
                .map_or("/", |j| &target[i + 3 + j..]),
            None => target,
        };
        let (path, query) = match target.split_once('?') {
            Some((p, q)) => (p.to_owned(), Some(q.to_owned())),
            None => (target.to_owned(), None),
        };
        let mut headers = Vec::new();
        for line in lines {
            let line = line.trim_end_matches('\r');
            if line.is_empty() {
                continue;
            }
            let (n, v) = line
                .split_once(':')
                .ok_or_else(|| usage(format!("not a header line: {line:?}")))?;
            headers.push((n.trim().to_ascii_lowercase(), v.trim().to_owned()));
        }
        Ok(Captured {
            method: method.to_ascii_uppercase(),
            path,
            query,
            headers,
            body,
        })
    }

    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// The bodies a client may have signed instead of the bytes sent: the `--signed-body`,
/// the compact re-serialization, the trimmed bytes, and nothing.
fn body_variants(sent: &[u8], signed: Option<&[u8]>) -> Vec<(&'static str, Vec<u8>)> {
    let mut out = Vec::new();
    if let Some(s) = signed {
        out.push(("the body your client signed (--signed-body)", s.to_vec()));
    }
    if let Ok(v) = serde_json::from_slice::<serde_json::Value>(sent) {
        out.push(("the compact JSON form of the body", minify_json(sent)));
        if let Ok(sorted) = serde_json::to_vec(&v) {
            out.push((
                "the compact JSON form of the body with sorted members",
                sorted,
            ));
        }
    }
    let trimmed = String::from_utf8_lossy(sent).trim().as_bytes().to_vec();
    out.push(("the body without surrounding whitespace", trimmed));
    out.push(("an empty body", Vec::new()));
    out.retain(|(_, b)| b != sent);
    out
}

/// Valid JSON without the whitespace outside strings (members kept in their order).
fn minify_json(json: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(json.len());
    let (mut in_string, mut escaped) = (false, false);
    for &b in json {
        if in_string {
            out.push(b);
            if escaped {
                escaped = false;
            } else if b == b'\\' {
                escaped = true;
            } else if b == b'"' {
                in_string = false;
            }
        } else if !b.is_ascii_whitespace() {
            in_string = b == b'"';
            out.push(b);
        }
    }
    out
}

/// Runs `anfang verify`: exit 0 when the signature is valid and the clock within the
/// allowed skew, 1 otherwise (with the reason), 2 for unusable input.
pub fn run_verify(args: VerifyArgs, config: &Config) -> CliResult {
    let raw = read_input(&args.request)?;
    let req = Captured::parse(&raw)?;
    let secret = args.secret.resolve(args.platform, config)?;
    let id = args
        .id
        .clone()
        .or(config.entry(args.platform).id)
        .or_else(|| client_core::env::var(crate::creds::env_names(args.platform).1));
    let signed_body = args.signed_body.as_deref().map(read_input).transpose()?;
    let now = args.now.unwrap_or_else(client_core::unix_seconds);
    let mut findings: Vec<String> = Vec::new();
    let valid = match args.platform {
        Platform::Tums => verify_tums(
            &req,
            id.as_deref(),
            &secret,
            signed_body.as_deref(),
            now,
            args.max_skew,
            &mut findings,
        )?,
        Platform::Hongtu => verify_hongtu(
            &req,
            id.as_deref(),
            &secret,
            signed_body.as_deref(),
            now,
            args.max_skew,
            &mut findings,
        )?,
        Platform::Mcs8 => verify_mcs8(
            &req,
            id.as_deref(),
            &secret,
            now,
            args.max_skew,
            &mut findings,
        )?,
        Platform::Lenfocus => verify_lenfocus(
            &req,
            id.as_deref(),
            &secret,
            now,
            args.max_skew,
            &mut findings,
        )?,
    };
    println!("signature: {}", if valid { "valid" } else { "INVALID" });
    for f in &findings {
        println!("- {f}");
    }
    if valid && findings.is_empty() {
        println!("- every input matches; the platform should accept this request");
        Ok(())
    } else {
        Err(Failure::Api(format!(
            "the request would be rejected ({} finding{})",
            findings.len(),
            if findings.len() == 1 { "" } else { "s" }
        )))
    }
}

fn check_skew(findings: &mut Vec<String>, what: &str, ts: i64, now: i64, max: i64) {
    let off = ts - now;
    if off.abs() > max {
        findings.push(format!(
            "clock skew: {what} is {}s {} this machine's clock (allowed: {max}s)",
            off.abs(),
            if off > 0 { "ahead of" } else { "behind" }
        ));
    }
}

fn check_id(findings: &mut Vec<String>, what: &str, sent: &str, expected: Option<&str>) {
    if let Some(e) = expected {
        if sent != e {
            findings.push(format!(
                "key: the request carries {what} {sent:?}, the credentials are for {e:?}"
            ));
        }
    }
}

const KEY_DIFFERS: &str = "key: no variant of the body or path reproduces the signature, so the secret differs (or the body was changed beyond formatting: pass --signed-body with what your client signed)";

#[allow(clippy::too_many_arguments)]
fn verify_tums(
    req: &Captured,
    id: Option<&str>,
    secret: &Secret,
    signed_body: Option<&[u8]>,
    now: i64,
    max_skew: i64,
    findings: &mut Vec<String>,
) -> CliResult<bool> {
    let header = req
        .header(auth_signing::tums::HEADER)
        .ok_or_else(|| usage("the request has no X-Authorization header"))?;
    let Some(auth) = auth_signing::tums::parse_header(header) else {
        findings.push("header: X-Authorization is malformed (five fields Timestamp, Nonce, AccessKey, Signature, TerminalId, in that order, no spaces; the platform answers -10303)".into());
        return Ok(false);
    };
    check_id(findings, "AccessKey", &auth.access_key, id);
    let ts: i64 = auth.timestamp.parse().unwrap_or_default();
    check_skew(findings, "Timestamp", ts, now, max_skew);
    let ok = |path: &str, body: &[u8]| {
        auth_signing::tums::verify(
            &auth_signing::tums::TumsRequest {
                method: &req.method,
                path,
                payload: body,
            },
            secret.expose(),
            &auth.timestamp,
            &auth.signature,
        )
    };
    if ok(&req.path, &req.body) {
        return Ok(true);
    }
    for (what, body) in body_variants(&req.body, signed_body) {
        if ok(&req.path, &body) {
            findings.push(format!("body digest: the signature covers {what}, not the bytes sent (hashedCanonicalRequest differs)"));
            return Ok(false);
        }
    }
    if let Some(q) = &req.query {
        if ok(&format!("{}?{q}", req.path), &req.body) {
            findings.push(
                "path: the signature covers the path with its query string; sign the path alone"
                    .into(),
            );
            return Ok(false);
        }
    }
    findings.push(KEY_DIFFERS.into());
    Ok(false)
}

#[allow(clippy::too_many_arguments)]
fn verify_hongtu(
    req: &Captured,
    id: Option<&str>,
    secret: &Secret,
    signed_body: Option<&[u8]>,
    now: i64,
    max_skew: i64,
    findings: &mut Vec<String>,
) -> CliResult<bool> {
    use auth_signing::hongtu::{BodyDigest, HongtuCredentials, SignedParts};
    let h = |n: &str| {
        req.header(n)
            .ok_or_else(|| usage(format!("the request has no {n} header")))
    };
    let (ts, nonce, app_key, csign) = (h("ctimestamp")?, h("cnonce")?, h("cappkey")?, h("csign")?);
    check_id(findings, "cappkey", app_key, id);
    match ts.parse::<i64>() {
        Ok(ms) => check_skew(findings, "ctimestamp", ms / 1000, now, max_skew),
        Err(_) => findings.push(format!(
            "header: ctimestamp {ts:?} is not UNIX milliseconds"
        )),
    }
    let creds = HongtuCredentials {
        app_key,
        secret: secret.expose(),
    };
    let query = req.query.as_deref().unwrap_or_default();
    let multipart = req
        .header("content-type")
        .is_some_and(|c| c.starts_with("multipart/"));
    let ok = |uri: &str, query: &str, body: BodyDigest<'_>| {
        auth_signing::hongtu::verify(
            &SignedParts {
                uri,
                method: &req.method,
                query,
                body,
            },
            &creds,
            ts,
            nonce,
            csign,
        )
    };
    let sent = if multipart {
        BodyDigest::Multipart
    } else if req.body.is_empty() {
        BodyDigest::EmptyJson
    } else {
        BodyDigest::Json(&req.body)
    };
    if ok(&req.path, query, sent) {
        return Ok(true);
    }
    if !multipart {
        for (what, body) in body_variants(&req.body, signed_body) {
            let digest = if body.is_empty() {
                BodyDigest::EmptyJson
            } else {
                BodyDigest::Json(&body)
            };
            if ok(&req.path, query, digest) {
                findings.push(format!(
                    "body digest: csign covers {what}, not the bytes sent (requestBodyMD5 differs)"
                ));
                return Ok(false);
            }
        }
        if ok(&req.path, query, BodyDigest::Multipart) {
            findings.push("body digest: csign was computed with an empty requestBodyMD5 (the upload rule) for a JSON request".into());
            return Ok(false);
        }
    }
    if !query.is_empty() && ok(&req.path, "", sent) {
        findings.push("path: csign was computed without the query string".into());
        return Ok(false);
    }
    findings.push(KEY_DIFFERS.into());
    Ok(false)
}

fn verify_mcs8(
    req: &Captured,
    id: Option<&str>,
    secret: &Secret,
    now: i64,
    max_skew: i64,
    findings: &mut Vec<String>,
) -> CliResult<bool> {
    let body: serde_json::Value = serde_json::from_slice(&req.body)
        .map_err(|e| usage(format!("the login body is not JSON: {e}")))?;
    let text = |k: &str| {
        body.get(k).and_then(|v| match v {
            serde_json::Value::String(s) => Some(s.clone()),
            serde_json::Value::Number(n) => Some(n.to_string()),
            _ => None,
        })
    };
    let password = text("password").ok_or_else(|| usage("the login body has no password"))?;
    let udef_t = text("udef_t").ok_or_else(|| usage("the login body has no udef_t"))?;
    if let Some(user) = text("username") {
        check_id(findings, "username", &user, id);
    }
    let Ok(t) = udef_t.parse::<i64>() else {
        findings.push(format!("udef_t {udef_t:?} is not UNIX seconds"));
        return Ok(false);
    };
    if t > 100_000_000_000 {
        findings.push("clock: udef_t looks like milliseconds; the platform wants seconds".into());
    } else {
        check_skew(findings, "udef_t", t, now, max_skew);
    }
    let expected = auth_signing::mcs8::login_signature(secret.expose(), t);
    if expected.password == password {
        return Ok(true);
    }
    let upper = auth_signing::sha256_hex(
        format!(
            "{}{udef_t}",
            auth_signing::mcs8::password_md5(secret.expose()).to_ascii_uppercase()
        )
        .as_bytes(),
    );
    if upper == password {
        findings.push(
            "digest: the client used an upper-case MD5 hex; the platform wants lower case".into(),
        );
    } else {
        findings.push("key: the password signature does not match this password".into());
    }
    Ok(false)
}

fn verify_lenfocus(
    req: &Captured,
    id: Option<&str>,
    secret: &Secret,
    now: i64,
    max_skew: i64,
    findings: &mut Vec<String>,
) -> CliResult<bool> {
    let body: serde_json::Value = serde_json::from_slice(&req.body)
        .map_err(|e| usage(format!("the body is not JSON: {e}")))?;
    let sign = body
        .get("sign")
        .and_then(|s| s.as_str())
        .ok_or_else(|| usage("the body has no sign member"))?;
    if let Some(appid) = body.get("appid").and_then(|a| a.as_str()) {
        check_id(findings, "appid", appid, id);
    }
    if let Some(ts) = body.get("ts").and_then(|t| t.as_i64()) {
        check_skew(findings, "ts", ts, now, max_skew);
    }
    for nested in [false, true] {
        let pairs = lenfocus_pairs(&body, nested).unwrap_or_default();
        if auth_signing::lenfocus::param_signature(pairs, secret.expose()) == sign {
            if nested {
                findings.push("body: the sign covers the nested objects as compact JSON; the default reading skips them".into());
                return Ok(false);
            }
            return Ok(true);
        }
    }
    findings.push("key: no reading of the parameters reproduces the sign, so the secret differs or the parameters were changed".into());
    Ok(false)
}
