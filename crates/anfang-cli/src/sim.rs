//! `anfang sim <platform>`: a platform simulator as a standalone loopback server, for
//! integrations written in any language. Prints the base URL and the credentials,
//! logs each request with the simulator's signature verdict, stops on Ctrl-C.

use std::path::PathBuf;
use std::time::Duration;

use client_core::sim::RecordedRequest;
use serde::Deserialize;
use tokio::net::{TcpListener, TcpStream};

use crate::{usage, CliResult, Failure, Platform};

/// `anfang sim` options.
#[derive(Debug, clap::Args)]
pub struct SimArgs {
    /// The platform.
    #[arg(value_enum)]
    pub platform: Platform,
    /// Serve on this loopback port (Lenfocus: the WebSocket; HTTP on port + 1).
    /// Default: ephemeral ports.
    #[arg(long)]
    pub port: Option<u16>,
    /// A JSON file with the initial state (see the README). mcs8: username, password,
    /// devices, unlimited_logins. hongtu: credentials (a list of app key and secret
    /// pairs), lists (items by path). tums: regions, devices, answers (body by path).
    /// lenfocus: devices (serial numbers LFSIM000001…, the test key), heartbeat_secs.
    #[arg(long, value_name = "FILE")]
    pub state: Option<PathBuf>,
}

/// The `--state` file.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct State {
    /// MCS8 user name.
    pub username: Option<String>,
    /// MCS8 password.
    pub password: Option<String>,
    /// MCS8 devices, TUMS devices, or Lenfocus fleet device identities.
    pub devices: Option<usize>,
    /// Hongtu app keys and secrets.
    pub credentials: Option<Vec<(String, String)>>,
    /// Hongtu list contents by path.
    pub lists: Option<std::collections::BTreeMap<String, Vec<serde_json::Value>>>,
    /// TUMS regions to seed.
    pub regions: Option<usize>,
    /// TUMS fixed answers by path.
    pub answers: Option<std::collections::BTreeMap<String, String>>,
    /// MCS8: accept any number of logins (default: the platform's 2 per minute).
    #[serde(default)]
    pub unlimited_logins: bool,
    /// Lenfocus heartbeat interval in seconds (default 30).
    pub heartbeat_secs: Option<u64>,
}

/// The serial number of simulated fleet device `i` (1-based).
pub fn fleet_sn(i: usize) -> String {
    format!("LFSIM{i:06}")
}

fn sim_err(e: impl std::fmt::Display) -> Failure {
    Failure::Api(format!("the simulator failed: {e}"))
}

/// Forwards `127.0.0.1:port` to `target` (so a simulator on an ephemeral port is
/// reachable on the chosen one).
async fn forward(port: u16, target: String) -> CliResult<()> {
    let listener = TcpListener::bind(("127.0.0.1", port))
        .await
        .map_err(|e| usage(format!("cannot listen on 127.0.0.1:{port}: {e}")))?;
    tokio::spawn(async move {
        while let Ok((mut inbound, _)) = listener.accept().await {
            let target = target.clone();
            tokio::spawn(async move {
                if let Ok(mut outbound) = TcpStream::connect(&target).await {
                    let _ = tokio::io::copy_bidirectional(&mut inbound, &mut outbound).await;
                }
            });
        }
    });
    Ok(())
}

fn host_port(url: &str) -> String {
    url.split("://")
        .nth(1)
        .unwrap_or(url)
        .trim_end_matches('/')
        .to_owned()
}

async fn public_url(url: String, port: Option<u16>, scheme: &str) -> CliResult<String> {
    match port {
        Some(p) => {
            forward(p, host_port(&url)).await?;
            Ok(format!("{scheme}://127.0.0.1:{p}"))
        }
        None => Ok(url),
    }
}

fn print_request(r: &RecordedRequest) {
    let query = r
        .query
        .as_deref()
        .map(|q| format!("?{q}"))
        .unwrap_or_default();
    println!("{} {}{} -> {}", r.method, r.path, query, r.verdict);
}

/// Prints new requests every 200 ms until Ctrl-C. The log is read and, past half its
/// capacity, cleared, so it never drops unread entries in normal use.
async fn tail(requests: impl Fn() -> Vec<RecordedRequest>, clear: impl Fn()) -> CliResult {
    use std::io::Write as _;
    let mut seen = 0usize;
    let mut tick = tokio::time::interval(Duration::from_millis(200));
    let ctrl_c = tokio::signal::ctrl_c();
    tokio::pin!(ctrl_c);
    loop {
        tokio::select! {
            r = &mut ctrl_c => {
                r.map_err(|e| sim_err(format!("cannot wait for Ctrl-C: {e}")))?;
                println!("stopped");
                return Ok(());
            }
            _ = tick.tick() => {
                let all = requests();
                if all.len() < seen {
                    seen = 0;
                }
                for r in &all[seen..] {
                    print_request(r);
                }
                seen = all.len();
                if seen > client_core::sim::LOG_CAPACITY / 2 {
                    clear();
                    seen = 0;
                }
                let _ = std::io::stdout().flush();
            }
        }
    }
}

fn banner(lines: &[(&str, String)]) {
    use std::io::Write as _;
    for (k, v) in lines {
        println!("{k}: {v}");
    }
    println!("ready (Ctrl-C stops)");
    let _ = std::io::stdout().flush();
}

/// Runs `anfang sim`.
pub async fn run(args: SimArgs) -> CliResult {
    let state: State = match &args.state {
        Some(p) => serde_json::from_slice(&crate::sign::read_input(p)?)
            .map_err(|e| usage(format!("the state file {} is not valid: {e}", p.display())))?,
        None => State::default(),
    };
    match args.platform {
        Platform::Tums => {
            let mut b = tums_client::simulator::Simulator::builder();
            for (path, body) in state.answers.clone().unwrap_or_default() {
                b = b.answer(path, body);
            }
            let sim = b.start().await.map_err(sim_err)?;
            if let Some(n) = state.regions {
                sim.seed_regions(n);
            }
            if let Some(n) = state.devices {
                sim.seed_devices(n, None);
            }
            let url = public_url(sim.base_url(), args.port, "http").await?;
            let c = sim.credentials();
            banner(&[
                ("platform", "tums".into()),
                ("base_url", url),
                ("TUMS_AK", c.id.clone()),
                ("TUMS_SK", c.secret.expose().to_owned()),
            ]);
            tail(|| sim.requests(), || sim.clear_requests()).await
        }
        Platform::Hongtu => {
            let mut b = hongtu_client::simulator::Simulator::builder();
            if let Some(c) = state.credentials.clone() {
                if c.is_empty() {
                    return Err(usage("the state file's credentials are empty"));
                }
                b = b.credentials(c);
            }
            let sim = b.start().await.map_err(sim_err)?;
            for (path, items) in state.lists.clone().unwrap_or_default() {
                sim.seed_list(&path, items);
            }
            let url = public_url(sim.base_url(), args.port, "http").await?;
            let c = sim.credentials();
            banner(&[
                ("platform", "hongtu".into()),
                ("base_url", url),
                ("HONGTU_APP_KEY", c.id.clone()),
                ("HONGTU_SECRET", c.secret.expose().to_owned()),
            ]);
            tail(|| sim.requests(), || sim.clear_requests()).await
        }
        Platform::Mcs8 => {
            let mut b = mcs8_client::simulator::Simulator::builder();
            if let Some(u) = state.username.clone() {
                b = b.username(u);
            }
            if let Some(p) = state.password.clone() {
                b = b.password(p);
            }
            if let Some(n) = state.devices {
                b = b.devices(n);
            }
            if state.unlimited_logins {
                b = b.login_limit(None);
            }
            let sim = b.start().await.map_err(sim_err)?;
            let url = public_url(sim.base_url(), args.port, "http").await?;
            let c = sim.credentials();
            banner(&[
                ("platform", "mcs8".into()),
                ("base_url", url),
                ("MCS8_USERNAME", c.id.clone()),
                ("MCS8_PASSWORD", c.secret.expose().to_owned()),
                ("gps_day", mcs8_client::simulator::sim_day().to_string()),
                ("device", mcs8_client::simulator::sim_device_id(1)),
            ]);
            tail(|| sim.requests(), || sim.clear_requests()).await
        }
        Platform::Lenfocus => {
            use lenfocus_device::simulator::{SimDevice, Simulator};
            let mut b = Simulator::builder();
            if let Some(secs) = state.heartbeat_secs {
                b = b.heartbeat_interval(Duration::from_secs(secs.max(1)));
            }
            for i in 1..=state.devices.unwrap_or(0) {
                b = b.device(SimDevice::with_test_key(
                    fleet_sn(i),
                    lenfocus_device::simulator::TEST_SECURITY_CODE,
                    Some(format!("{i}")),
                ));
            }
            let sim = b.start().await.map_err(sim_err)?;
            let ws = public_url(sim.ws_url(), args.port, "ws").await?;
            let http = public_url(
                sim.http_url(),
                args.port.map(|p| p.saturating_add(1)),
                "http",
            )
            .await?;
            let key_path = std::env::temp_dir().join("anfang-lenfocus-test-device-key.pem");
            std::fs::write(
                &key_path,
                lenfocus_device::simulator::TEST_DEVICE_PRIVATE_KEY_PEM,
            )
            .map_err(|e| sim_err(format!("cannot write the test key: {e}")))?;
            let mut events = sim.events();
            tokio::spawn(async move {
                while let Ok(ev) = events.recv().await {
                    println!("event {ev:?}");
                }
            });
            banner(&[
                ("platform", "lenfocus".into()),
                ("ws_url", ws),
                ("http_url", http),
                ("device_sn", lenfocus_device::simulator::TEST_SN.into()),
                (
                    "security_code",
                    lenfocus_device::simulator::TEST_SECURITY_CODE.into(),
                ),
                (
                    "fleet_devices",
                    format!("{} ({}…)", state.devices.unwrap_or(0), fleet_sn(1)),
                ),
                ("device_key_pem", key_path.display().to_string()),
            ]);
            tail(|| sim.requests(), || sim.clear_requests()).await
        }
    }
}
