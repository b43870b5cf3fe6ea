//! `anfang`: the command line of the anfang SDKs.
//!
//! Explain and verify signatures, call any typed endpoint, export GPS tracks, serve
//! the simulators and load-test a Lenfocus platform. Exit codes: 0 ok, 1 an API or
//! network error, 2 a usage error (bad flags, bad input, missing credentials).
#![forbid(unsafe_code)]

mod call;
mod creds;
mod fleet;
mod gps;
mod sign;
mod sim;
mod titles;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

/// Why a command failed, and so its exit code.
#[derive(Debug)]
pub enum Failure {
    /// The platform answered with an error, or the network failed (exit 1).
    Api(String),
    /// The command line, an input file or the configuration is wrong (exit 2).
    Usage(String),
}

impl Failure {
    fn code(&self) -> u8 {
        match self {
            Failure::Api(_) => 1,
            Failure::Usage(_) => 2,
        }
    }
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Failure::Api(m) | Failure::Usage(m) => f.write_str(m),
        }
    }
}

/// A usage error.
pub fn usage(msg: impl Into<String>) -> Failure {
    Failure::Usage(msg.into())
}

/// Classifies an SDK error: an invalid request or configuration is a usage error, the
/// rest (vendor codes, transport, HTTP, decode) an API error.
pub fn from_core(e: &client_core::Error) -> Failure {
    match e {
        client_core::Error::InvalidRequest { .. }
        | client_core::Error::Config(_)
        | client_core::Error::Encode { .. } => Failure::Usage(e.to_string()),
        _ => Failure::Api(e.to_string()),
    }
}

/// The command's result.
pub type CliResult<T = ()> = Result<T, Failure>;

const EXAMPLES: &str = "\
Examples:
  # Every intermediate value of a TUMS signature (the secret from the environment)
  TUMS_SK=... anfang sign tums --ak AK --path /tums/open/resource/v1/addRegion \\
      --body-file body.json --timestamp 1706701924 --nonce 1407447e996cf697488957375fd03d98
  # Is this captured request correctly signed? Which input differs?
  anfang verify hongtu --request captured.http --app-key appkey1 --secret-env HONGTU_SECRET
  # Serve a simulator for your own (Java, Python, Go…) integration; Ctrl-C stops it
  anfang sim tums --port 8080
  # List and call endpoints (credentials: TUMS_BASE_URL, TUMS_AK, TUMS_SK)
  anfang tums list
  anfang tums call getPagedRootRegions --json '{\"start\":0,\"limit\":20}'
  anfang mcs8 call DevList --all --format csv > devices.csv
  # A device's GPS track over a month, in the windows the platform accepts
  anfang mcs8 gps-export --dev 100001 --from 2024-01-01 --to 2024-02-01 --format geojson -o track.geojson
  # 200 simulated cameras against a Lenfocus platform (or `anfang sim lenfocus`)
  anfang lenfocus fleet --devices 200 --ws ws://127.0.0.1:9000 --duration 60

Credentials: flags, then the config file (--config or ANFANG_CONFIG), then the
examples' environment variables (TUMS_*, HONGTU_*, MCS8_*, LENFOCUS_*). Secrets are
never printed. Exit codes: 0 ok, 1 API or network error, 2 usage error.";

/// The anfang command line: debug signatures, call any endpoint, export with
/// progress, serve the simulators.
#[derive(Debug, Parser)]
#[command(name = "anfang", version, about, after_help = EXAMPLES)]
pub struct Cli {
    /// A JSON config file with credentials per platform: {"tums": {"base_url", "id",
    /// "secret", "terminal_id"}, "hongtu": {…}, "mcs8": {…}, "lenfocus": {"id", "secret"}}.
    #[arg(long, global = true, env = "ANFANG_CONFIG")]
    pub config: Option<PathBuf>,
    /// The command.
    #[command(subcommand)]
    pub command: Command,
}

/// The platforms.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Platform {
    /// TP-LINK TUMS open API.
    Tums,
    /// Megvii Hongtu 3000.
    Hongtu,
    /// MCS8 dispatch platform.
    Mcs8,
    /// Lenfocus device protocol.
    Lenfocus,
}

impl Platform {
    /// The platform's name.
    pub fn name(self) -> &'static str {
        match self {
            Platform::Tums => "tums",
            Platform::Hongtu => "hongtu",
            Platform::Mcs8 => "mcs8",
            Platform::Lenfocus => "lenfocus",
        }
    }
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print every intermediate value of a platform's signature for a request.
    #[command(subcommand)]
    Sign(sign::SignCommand),
    /// Check a captured request's signature; if wrong, say which input differs.
    Verify(sign::VerifyArgs),
    /// Run a platform's simulator on loopback until Ctrl-C, logging each request.
    Sim(sim::SimArgs),
    /// TUMS: list or call endpoints.
    #[command(subcommand)]
    Tums(call::EndpointCommand),
    /// Hongtu: list or call endpoints.
    #[command(subcommand)]
    Hongtu(call::EndpointCommand),
    /// MCS8: list or call endpoints, export GPS tracks.
    #[command(subcommand)]
    Mcs8(Mcs8Command),
    /// Lenfocus: simulated device fleets.
    #[command(subcommand)]
    Lenfocus(LenfocusCommand),
}

/// MCS8 subcommands.
#[derive(Debug, Subcommand)]
pub enum Mcs8Command {
    /// Export a device's GPS track over any range (split into ≤ 7-day windows).
    GpsExport(Box<gps::GpsExportArgs>),
    /// The endpoint commands.
    #[command(flatten)]
    Endpoints(call::EndpointCommand),
}

/// Lenfocus subcommands.
#[derive(Debug, Subcommand)]
pub enum LenfocusCommand {
    /// Run N simulated cameras (real device sessions) against a platform.
    Fleet(fleet::FleetArgs),
    /// List the Lenfocus HTTP endpoints (they are called by a device session, so
    /// there is no `call`).
    List(call::ListArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::from(1);
        }
    };
    let config = cli.config.clone();
    let result = runtime.block_on(async move {
        let config = creds::Config::load(config.as_deref())?;
        match cli.command {
            Command::Sign(cmd) => sign::run_sign(cmd, &config),
            Command::Verify(args) => sign::run_verify(args, &config),
            Command::Sim(args) => sim::run(args).await,
            Command::Tums(cmd) => call::run(Platform::Tums, cmd, &config).await,
            Command::Hongtu(cmd) => call::run(Platform::Hongtu, cmd, &config).await,
            Command::Mcs8(Mcs8Command::Endpoints(cmd)) => {
                call::run(Platform::Mcs8, cmd, &config).await
            }
            Command::Mcs8(Mcs8Command::GpsExport(args)) => gps::run(*args, &config).await,
            Command::Lenfocus(LenfocusCommand::Fleet(args)) => fleet::run(args).await,
            Command::Lenfocus(LenfocusCommand::List(args)) => {
                call::list(Platform::Lenfocus, &args);
                Ok(())
            }
        }
    });
    // Background tasks (simulators, sessions) end with the runtime, without waiting.
    runtime.shutdown_background();
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(f) => {
            eprintln!("error: {f}");
            ExitCode::from(f.code())
        }
    }
}
