//! `anfang lenfocus fleet`: N simulated cameras, each a real `lenfocus_device` session
//! (signed connect, token renewal, heartbeats, reconnection, command replies), against
//! a Lenfocus platform, with a live summary: a load test for platform builders.

use std::path::PathBuf;
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use lenfocus_device::commands::Reboot;
use lenfocus_device::{
    CommandHandler, CommandResult, ConnectSigner, Device, DeviceConfig, SessionEvent,
};

use crate::{usage, CliResult, Failure};

/// `fleet` options.
#[derive(Debug, clap::Args)]
pub struct FleetArgs {
    /// How many devices.
    #[arg(long, default_value_t = 10)]
    pub devices: usize,
    /// The platform's WebSocket URL.
    #[arg(long)]
    pub ws: String,
    /// The devices' PEM private key (default: the simulator's test key).
    #[arg(long, value_name = "PEM")]
    pub key_file: Option<PathBuf>,
    /// The environment variable holding the devices' security code (default: the
    /// simulator's test code).
    #[arg(long, value_name = "VAR")]
    pub security_code_env: Option<String>,
    /// Serial number prefix: devices are PREFIX000001, PREFIX000002… (the simulator's
    /// `--state {"devices": N}` registers LFSIM…).
    #[arg(long, default_value = "LFSIM")]
    pub sn_prefix: String,
    /// Stop after this many seconds (default: at Ctrl-C).
    #[arg(long)]
    pub duration: Option<u64>,
}

/// What a simulated camera does with commands: reboots succeed, the rest are "not
/// supported" (404), as the handler's defaults answer.
struct Camera;

impl CommandHandler for Camera {
    async fn reboot(&self, _cmd: Reboot) -> CommandResult<()> {
        Ok(())
    }
}

#[derive(Default)]
struct Stats {
    connected: AtomicI64,
    connect_failures: AtomicU64,
    reconnects: AtomicU64,
    heartbeats: AtomicU64,
    max_late_ms: AtomicU64,
    replies: AtomicU64,
}

impl Stats {
    fn line(&self, n: usize, elapsed: Duration) -> String {
        format!(
            "{:>5.1}s connected {}/{n} heartbeats {} max-heartbeat-lateness {}ms replies {} reconnects {} connect-failures {}",
            elapsed.as_secs_f64(),
            self.connected.load(Ordering::Relaxed).max(0),
            self.heartbeats.load(Ordering::Relaxed),
            self.max_late_ms.load(Ordering::Relaxed),
            self.replies.load(Ordering::Relaxed),
            self.reconnects.load(Ordering::Relaxed),
            self.connect_failures.load(Ordering::Relaxed),
        )
    }
}

/// Runs the fleet.
pub async fn run(args: FleetArgs) -> CliResult {
    if args.devices == 0 || args.devices > 100_000 {
        return Err(usage("--devices must be 1..=100000"));
    }
    let pem = match &args.key_file {
        Some(p) => String::from_utf8(crate::sign::read_input(p)?)
            .map_err(|_| usage("the key file is not text"))?,
        None => lenfocus_device::simulator::TEST_DEVICE_PRIVATE_KEY_PEM.to_owned(),
    };
    let signer = ConnectSigner::from_pem(&pem).map_err(|e| usage(e.to_string()))?;
    let code = match &args.security_code_env {
        Some(var) => client_core::env::var(var)
            .ok_or_else(|| usage(format!("environment variable {var} is not set")))?,
        None => lenfocus_device::simulator::TEST_SECURITY_CODE.to_owned(),
    };
    let stats = Arc::new(Stats::default());
    let started = Instant::now();
    let mut tasks = Vec::with_capacity(args.devices);
    let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
    for i in 1..=args.devices {
        let sn = format!("{}{i:06}", args.sn_prefix);
        let config = DeviceConfig::new(args.ws.clone(), sn, code.clone(), signer.clone())
            .with_did(i.to_string());
        let stats = stats.clone();
        let mut stop = stop_rx.clone();
        tasks.push(tokio::spawn(async move {
            let device = Device::new(config);
            let mut events = device.events();
            let session = match device.connect(Camera).await {
                Ok(s) => s,
                Err(_) => {
                    stats.connect_failures.fetch_add(1, Ordering::Relaxed);
                    return;
                }
            };
            stats.connected.fetch_add(1, Ordering::Relaxed);
            let mut interval = Duration::from_secs(30);
            let mut last_beat = Instant::now();
            let mut up = true;
            loop {
                tokio::select! {
                    _ = stop.changed() => break,
                    ev = events.recv() => match ev {
                        Ok(SessionEvent::Connected { interval: iv, reconnected, .. }) => {
                            interval = iv;
                            last_beat = Instant::now();
                            if reconnected {
                                stats.reconnects.fetch_add(1, Ordering::Relaxed);
                            }
                            if !up {
                                up = true;
                                stats.connected.fetch_add(1, Ordering::Relaxed);
                            }
                        }
                        Ok(SessionEvent::Disconnected { .. }) => {
                            if up {
                                up = false;
                                stats.connected.fetch_sub(1, Ordering::Relaxed);
                            }
                        }
                        Ok(SessionEvent::HeartbeatAcked { .. }) => {
                            let gap = last_beat.elapsed();
                            last_beat = Instant::now();
                            stats.heartbeats.fetch_add(1, Ordering::Relaxed);
                            let late = gap.saturating_sub(interval).as_millis() as u64;
                            stats.max_late_ms.fetch_max(late, Ordering::Relaxed);
                        }
                        Ok(SessionEvent::CommandAnswered { .. }) => {
                            stats.replies.fetch_add(1, Ordering::Relaxed);
                        }
                        Ok(_) => {}
                        Err(tokio::sync::broadcast::error::RecvError::Lagged(_)) => {}
                        Err(_) => break,
                    }
                }
            }
            session.shutdown().await;
        }));
    }
    let deadline = args
        .duration
        .map(|d| tokio::time::Instant::now() + Duration::from_secs(d));
    let mut tick = tokio::time::interval(Duration::from_secs(1));
    let ctrl_c = tokio::signal::ctrl_c();
    tokio::pin!(ctrl_c);
    loop {
        let sleep_until =
            deadline.unwrap_or_else(|| tokio::time::Instant::now() + Duration::from_secs(3600));
        tokio::select! {
            _ = &mut ctrl_c => break,
            _ = tokio::time::sleep_until(sleep_until), if deadline.is_some() => break,
            _ = tick.tick() => eprintln!("{}", stats.line(args.devices, started.elapsed())),
        }
    }
    let summary = stats.line(args.devices, started.elapsed());
    let connected_at_end = stats.connected.load(Ordering::Relaxed);
    let _ = stop_tx.send(true);
    // Graceful shutdown of every session, bounded.
    let _ = tokio::time::timeout(Duration::from_secs(10), futures::future::join_all(tasks)).await;
    println!("summary: {summary}");
    if connected_at_end == args.devices as i64 {
        Ok(())
    } else {
        Err(Failure::Api(format!(
            "{connected_at_end} of {} devices were connected at the end",
            args.devices
        )))
    }
}
