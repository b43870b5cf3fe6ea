//! `anfang <platform> list` and `anfang <platform> call`: every typed endpoint from the
//! generated registry (`client_core::endpoint::registry`), sent through the client's
//! `raw_prepared` (the one pipeline: signing, retries, timeouts).

use std::io::Write as _;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use client_core::endpoint::registry::{self, Registered};
use client_core::{Page, PageRequest, PaginateOptions, Prepared};
use futures::StreamExt as _;
use serde_json::Value;

use crate::creds::{Config, CredFlags};
use crate::{from_core, usage, CliResult, Failure, Platform};

/// `list` options.
#[derive(Debug, Clone, clap::Args)]
pub struct ListArgs {
    /// Only endpoints whose type name, path or title contains this text.
    #[arg(long)]
    pub filter: Option<String>,
}

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Pretty JSON (the envelope; with --all, an array of the items).
    Json,
    /// One JSON item per line.
    Jsonl,
    /// CSV of the items (columns from the first item; nested values as JSON).
    Csv,
}

/// `call` options.
#[derive(Debug, Clone, clap::Args)]
pub struct CallArgs {
    /// The endpoint: its type name (`GetPagedRootRegions`) or path.
    pub endpoint: String,
    /// The request as JSON (the wire member names).
    #[arg(long, conflicts_with = "file")]
    pub json: Option<String>,
    /// The request as a JSON file, or `-` for standard input.
    #[arg(long)]
    pub file: Option<PathBuf>,
    /// Stream every page (paged endpoints), with a progress bar on standard error.
    #[arg(long)]
    pub all: bool,
    /// Page size for --all (default: the request's own or the endpoint's default).
    #[arg(long)]
    pub page_size: Option<u32>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Json)]
    pub format: Format,
    /// No progress bar.
    #[arg(long)]
    pub quiet: bool,
    /// Credentials.
    #[command(flatten)]
    pub creds: CredFlags,
}

/// `anfang <platform> list|call`.
#[derive(Debug, clap::Subcommand)]
pub enum EndpointCommand {
    /// List the typed endpoints with their seed section and Chinese title.
    List(ListArgs),
    /// Call one endpoint and print the answer.
    Call(Box<CallArgs>),
}

fn crate_of(platform: Platform) -> &'static str {
    match platform {
        Platform::Tums => "tums-client",
        Platform::Hongtu => "hongtu-client",
        Platform::Mcs8 => "mcs8-client",
        Platform::Lenfocus => "lenfocus-device",
    }
}

/// The platform's registered endpoints, sorted by path.
pub fn endpoints(platform: Platform) -> Vec<&'static Registered> {
    let mut v: Vec<_> = registry::all()
        .filter(|e| e.crate_name == crate_of(platform))
        .collect();
    v.sort_by(|a, b| (a.path, a.type_name).cmp(&(b.path, b.type_name)));
    v
}

/// Prints the endpoint list.
pub fn list(platform: Platform, args: &ListArgs) {
    let needle = args.filter.as_deref().map(str::to_lowercase);
    let mut out = std::io::stdout().lock();
    for e in endpoints(platform) {
        let title = crate::titles::title(e.crate_name, e.type_name).unwrap_or("");
        let line = format!(
            "{:<6} {:<62} {:<40} {}{}",
            (e.method)().as_str(),
            e.path,
            e.type_name,
            title,
            if (e.paged)().is_some() {
                "  [paged]"
            } else {
                ""
            }
        );
        if needle
            .as_deref()
            .is_none_or(|n| line.to_lowercase().contains(n))
        {
            let _ = writeln!(out, "{}", line.trim_end());
        }
    }
}

fn find(platform: Platform, name: &str) -> CliResult<&'static Registered> {
    let all = endpoints(platform);
    let lower = name.to_ascii_lowercase();
    let hits: Vec<_> = all
        .iter()
        .copied()
        .filter(|e| {
            e.type_name.eq_ignore_ascii_case(name)
                || e.path == name
                || e.path.to_ascii_lowercase().ends_with(&format!("/{lower}"))
        })
        .collect();
    match hits.as_slice() {
        [one] => Ok(one),
        [] => Err(usage(format!(
            "no {} endpoint {name:?} (see `anfang {} list`)",
            platform.name(),
            platform.name()
        ))),
        many => Err(usage(format!(
            "{name:?} is ambiguous: {}",
            many.iter()
                .map(|e| format!("{} ({})", e.type_name, e.path))
                .collect::<Vec<_>>()
                .join(", ")
        ))),
    }
}

/// A platform client, for `raw_prepared`.
pub enum AnyClient {
    /// TUMS.
    Tums(tums_client::Client),
    /// Hongtu.
    Hongtu(hongtu_client::Client),
    /// MCS8.
    Mcs8(mcs8_client::Client),
}

/// An answer: the envelope as JSON, whether its code is success, and its payload.
pub struct Answer {
    /// The whole envelope.
    pub envelope: Value,
    /// The code means success.
    pub ok: bool,
    /// The payload (`result`, `data`, `Content`), with MCS8's separate total folded in
    /// as `{"list": …, "total": …}`.
    pub payload: Value,
}

impl AnyClient {
    /// Builds the platform's client from resolved credentials.
    pub fn build(platform: Platform, flags: &CredFlags, config: &Config) -> CliResult<AnyClient> {
        let c = crate::creds::resolve(platform, flags, config)?;
        let secret = c.secret.expose().to_owned();
        Ok(match platform {
            Platform::Tums => {
                let mut b = tums_client::Client::builder()
                    .credentials(c.id, secret)
                    .base_url(c.base_url);
                if let Some(t) = c.terminal_id {
                    b = b.terminal_id(t);
                }
                AnyClient::Tums(b.build().map_err(|e| usage(e.to_string()))?)
            }
            Platform::Hongtu => AnyClient::Hongtu(
                hongtu_client::Client::builder()
                    .credentials(c.id, secret)
                    .base_url(c.base_url)
                    .build()
                    .map_err(|e| usage(e.to_string()))?,
            ),
            Platform::Mcs8 => AnyClient::Mcs8(
                mcs8_client::Client::builder()
                    .credentials(c.id, secret)
                    .base_url(c.base_url)
                    .build()
                    .map_err(|e| usage(e.to_string()))?,
            ),
            Platform::Lenfocus => return Err(usage(
                "Lenfocus endpoints are called by a device session (see `anfang lenfocus fleet`)",
            )),
        })
    }

    /// Sends a prepared request through the client's pipeline.
    pub async fn call(&self, req: &Prepared) -> CliResult<Answer> {
        let api = |e: &dyn std::fmt::Display| Failure::Api(e.to_string());
        Ok(match self {
            AnyClient::Tums(c) => {
                let env = c.raw_prepared(req).await.map_err(|e| api(&e))?;
                let ok = env.error_code == 0 && env.fail_list.as_ref().is_none_or(Vec::is_empty);
                let payload = env.result.clone().unwrap_or(Value::Null);
                Answer {
                    envelope: serde_json::to_value(&env).unwrap_or(Value::Null),
                    ok,
                    payload,
                }
            }
            AnyClient::Hongtu(c) => {
                let env = c.raw_prepared(req).await.map_err(|e| api(&e))?;
                let payload = env.data.clone().unwrap_or(Value::Null);
                Answer {
                    ok: env.code == 0,
                    envelope: serde_json::to_value(&env).unwrap_or(Value::Null),
                    payload,
                }
            }
            AnyClient::Mcs8(c) => {
                let env = c.raw_prepared(req).await.map_err(|e| api(&e))?;
                let content = env.content.clone().unwrap_or(Value::Null);
                let payload = match (env.total, &content) {
                    (Some(total), Value::Array(_)) => {
                        serde_json::json!({"list": content, "total": total})
                    }
                    _ => content.clone(),
                };
                let mut envelope = serde_json::Map::new();
                envelope.insert("code".into(), env.code.into());
                envelope.insert("message".into(), env.message.clone().into());
                envelope.insert("content".into(), content);
                if let Some(t) = env.total {
                    envelope.insert("total".into(), t.into());
                }
                for (k, v) in &env.extra {
                    envelope.insert(k.clone(), v.clone());
                }
                Answer {
                    ok: env.is_success(),
                    envelope: Value::Object(envelope),
                    payload,
                }
            }
        })
    }
}

/// Runs `list` or `call`.
pub async fn run(platform: Platform, cmd: EndpointCommand, config: &Config) -> CliResult {
    match cmd {
        EndpointCommand::List(args) => {
            list(platform, &args);
            Ok(())
        }
        EndpointCommand::Call(args) => call(platform, *args, config).await,
    }
}

async fn call(platform: Platform, args: CallArgs, config: &Config) -> CliResult {
    let entry = find(platform, &args.endpoint)?;
    let request: Value = match (&args.json, &args.file) {
        (Some(j), _) => {
            serde_json::from_str(j).map_err(|e| usage(format!("--json is not JSON: {e}")))?
        }
        (None, Some(f)) => serde_json::from_slice(&crate::sign::read_input(f)?)
            .map_err(|e| usage(format!("{} is not JSON: {e}", f.display())))?,
        (None, None) => serde_json::json!({}),
    };
    let client = AnyClient::build(platform, &args.creds, config)?;
    if args.all {
        return call_all(entry, request, &client, &args).await;
    }
    let prepared = (entry.prepare)(request).map_err(|e| from_core(&e))?;
    let answer = client.call(&prepared).await?;
    let mut out = std::io::stdout().lock();
    match args.format {
        Format::Json => {
            let _ = writeln!(
                out,
                "{}",
                serde_json::to_string_pretty(&answer.envelope).unwrap_or_default()
            );
        }
        Format::Jsonl | Format::Csv => {
            let items = match (entry.paged)() {
                Some(ops) => (ops.into_page)(answer.payload.clone())
                    .map(|p| p.items)
                    .unwrap_or_default(),
                None => match &answer.payload {
                    Value::Array(a) => a.clone(),
                    other => vec![other.clone()],
                },
            };
            let mut w = ItemWriter::new(args.format);
            for item in &items {
                w.write(&mut out, item);
            }
            w.finish(&mut out);
        }
    }
    if answer.ok {
        Ok(())
    } else {
        Err(Failure::Api(format!(
            "{} answered an error (see the envelope above)",
            entry.path
        )))
    }
}

async fn call_all(
    entry: &'static Registered,
    request: Value,
    client: &AnyClient,
    args: &CallArgs,
) -> CliResult {
    let ops = (entry.paged)().ok_or_else(|| {
        usage(format!(
            "{} is not a paged endpoint: --all needs one (see `list`, [paged])",
            entry.type_name
        ))
    })?;
    let size = match args.page_size {
        Some(s) => s,
        None => (ops.page_size)(&request).map_err(|e| from_core(&e))?,
    };
    // Validate the first page's request up front: a bad request is a usage error.
    (ops.prepare_page)(&request, PageRequest { index: 0, size }).map_err(|e| from_core(&e))?;
    let bar = if args.quiet {
        indicatif::ProgressBar::hidden()
    } else {
        let bar =
            indicatif::ProgressBar::with_draw_target(None, indicatif::ProgressDrawTarget::stderr());
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "{spinner} {pos}/{len} items {per_sec} {elapsed}",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
        );
        bar
    };
    let total = Arc::new(AtomicU64::new(0));
    let vendor_error: Arc<std::sync::Mutex<Option<Value>>> = Arc::default();
    let stream = {
        let client = match client {
            AnyClient::Tums(c) => AnyClient::Tums(c.clone()),
            AnyClient::Hongtu(c) => AnyClient::Hongtu(c.clone()),
            AnyClient::Mcs8(c) => AnyClient::Mcs8(c.clone()),
        };
        let client = Arc::new(client);
        let total = total.clone();
        let bar = bar.clone();
        let vendor_error = vendor_error.clone();
        client_core::paginate(PaginateOptions::new(size), move |page: PageRequest| {
            let client = client.clone();
            let request = request.clone();
            let total = total.clone();
            let bar = bar.clone();
            let vendor_error = vendor_error.clone();
            async move {
                let prepared = (ops.prepare_page)(&request, page).map_err(|e| from_core(&e))?;
                let answer = client.call(&prepared).await?;
                if !answer.ok {
                    if let Ok(mut slot) = vendor_error.lock() {
                        *slot = Some(answer.envelope.clone());
                    }
                    return Err(Failure::Api(format!("{} answered an error", prepared.path)));
                }
                let page: Page<Value> =
                    (ops.into_page)(answer.payload).map_err(|e| from_core(&e))?;
                if let Some(t) = page.total {
                    if total.swap(t, Ordering::Relaxed) != t {
                        bar.set_length(t);
                    }
                }
                Ok::<_, Failure>(page)
            }
        })
    };
    let mut out = std::io::stdout().lock();
    let mut writer = ItemWriter::new(match args.format {
        Format::Json => Format::Json,
        f => f,
    });
    let mut stream = std::pin::pin!(stream);
    let mut count = 0u64;
    while let Some(item) = stream.next().await {
        match item {
            Ok(v) => {
                writer.write(&mut out, &v);
                count += 1;
                bar.inc(1);
            }
            Err(e) => {
                bar.abandon();
                writer.finish(&mut out);
                if let Ok(Some(env)) = vendor_error.lock().map(|s| s.clone()) {
                    eprintln!("{}", serde_json::to_string_pretty(&env).unwrap_or_default());
                }
                return Err(e);
            }
        }
    }
    writer.finish(&mut out);
    bar.finish_and_clear();
    if !args.quiet {
        eprintln!("{count} items");
    }
    Ok(())
}

impl From<client_core::Error> for Failure {
    fn from(e: client_core::Error) -> Self {
        from_core(&e)
    }
}

/// Writes items as a JSON array, JSON lines or CSV, one at a time.
pub struct ItemWriter {
    format: Format,
    columns: Option<Vec<String>>,
    count: usize,
}

impl ItemWriter {
    /// A writer for `format`.
    pub fn new(format: Format) -> Self {
        Self {
            format,
            columns: None,
            count: 0,
        }
    }

    /// Writes one item.
    pub fn write(&mut self, out: &mut impl std::io::Write, item: &Value) {
        match self.format {
            Format::Json => {
                let text = serde_json::to_string_pretty(item).unwrap_or_default();
                let sep = if self.count == 0 { "[\n" } else { ",\n" };
                let _ = write!(out, "{sep}{text}");
            }
            Format::Jsonl => {
                let _ = writeln!(out, "{}", serde_json::to_string(item).unwrap_or_default());
            }
            Format::Csv => {
                if self.columns.is_none() {
                    let cols: Vec<String> = match item {
                        Value::Object(m) => m.keys().cloned().collect(),
                        _ => vec!["value".into()],
                    };
                    let _ = writeln!(
                        out,
                        "{}",
                        cols.iter()
                            .map(|c| csv_field(c))
                            .collect::<Vec<_>>()
                            .join(",")
                    );
                    self.columns = Some(cols);
                }
                let cols = self.columns.as_deref().unwrap_or_default();
                let row: Vec<String> = match item {
                    Value::Object(m) => cols
                        .iter()
                        .map(|c| csv_field(&cell(m.get(c).unwrap_or(&Value::Null))))
                        .collect(),
                    other => vec![csv_field(&cell(other))],
                };
                let _ = writeln!(out, "{}", row.join(","));
            }
        }
        self.count += 1;
    }

    /// Ends the output (closes the JSON array).
    pub fn finish(&mut self, out: &mut impl std::io::Write) {
        if self.format == Format::Json {
            let _ = writeln!(out, "{}", if self.count == 0 { "[]" } else { "\n]" });
        }
        let _ = out.flush();
    }
}

fn cell(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// A CSV field, quoted when it holds a comma, quote or line break (RFC 4180).
pub fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_owned()
    }
}
