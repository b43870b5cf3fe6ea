//! `anfang mcs8 gps-export`: a device's GPS track over any range, through the client's
//! `gps_track_chunks` (GPSListForlarge in windows of at most 7 days), as CSV, GeoJSON or
//! GPX, with a progress bar and a summary on standard error.

use std::io::Write as _;
use std::path::PathBuf;
use std::time::Duration;

use chrono::{NaiveDate, NaiveDateTime};
use futures::StreamExt as _;

use crate::call::{csv_field, AnyClient};
use crate::creds::{Config, CredFlags};
use crate::{usage, CliResult, Failure, Platform};

/// Export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum GpsFormat {
    /// time,lng,lat,accuracy
    Csv,
    /// A GeoJSON FeatureCollection of one LineString (WGS84).
    Geojson,
    /// GPX 1.1, one track.
    Gpx,
}

/// `gps-export` options.
#[derive(Debug, clap::Args)]
pub struct GpsExportArgs {
    /// The device id (devId).
    #[arg(long)]
    pub dev: String,
    /// Start: `YYYY-MM-DD` or `YYYY-MM-DD HH:MM:SS` (platform local time).
    #[arg(long)]
    pub from: String,
    /// End (exclusive), same forms.
    #[arg(long)]
    pub to: String,
    /// Output format.
    #[arg(long, value_enum, default_value_t = GpsFormat::Csv)]
    pub format: GpsFormat,
    /// Output file (default: standard output).
    #[arg(long, short = 'o')]
    pub output: Option<PathBuf>,
    /// Window length in hours (at most the platform's 168).
    #[arg(long, default_value_t = 168)]
    pub window_hours: u64,
    /// No progress bar.
    #[arg(long)]
    pub quiet: bool,
    /// Credentials.
    #[command(flatten)]
    pub creds: CredFlags,
}

fn parse_time(s: &str) -> CliResult<NaiveDateTime> {
    NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S")
        .or_else(|_| NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S"))
        .or_else(|_| {
            NaiveDate::parse_from_str(s, "%Y-%m-%d").map(|d| d.and_time(chrono::NaiveTime::MIN))
        })
        .map_err(|_| usage(format!("{s:?} is not YYYY-MM-DD or YYYY-MM-DD HH:MM:SS")))
}

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Runs `gps-export`.
pub async fn run(args: GpsExportArgs, config: &Config) -> CliResult {
    let from = parse_time(&args.from)?;
    let to = parse_time(&args.to)?;
    if to <= from {
        return Err(usage("--to must be after --from"));
    }
    if args.window_hours == 0 || args.window_hours > 168 {
        return Err(usage("--window-hours must be 1..=168"));
    }
    let AnyClient::Mcs8(client) = AnyClient::build(Platform::Mcs8, &args.creds, config)? else {
        return Err(usage("gps-export needs an MCS8 client"));
    };
    let mut out: Box<dyn std::io::Write> = match &args.output {
        Some(p) => Box::new(std::io::BufWriter::new(
            std::fs::File::create(p)
                .map_err(|e| usage(format!("cannot create {}: {e}", p.display())))?,
        )),
        None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
    };
    let io = |e: std::io::Error| Failure::Api(format!("cannot write the export: {e}"));
    match args.format {
        GpsFormat::Csv => writeln!(out, "time,lng,lat,accuracy").map_err(io)?,
        GpsFormat::Geojson => write!(
            out,
            "{{\"type\":\"FeatureCollection\",\"features\":[{{\"type\":\"Feature\",\"properties\":{{\"devId\":{},\"from\":\"{from}\",\"to\":\"{to}\"}},\"geometry\":{{\"type\":\"LineString\",\"coordinates\":[",
            serde_json::Value::String(args.dev.clone())
        )
        .map_err(io)?,
        GpsFormat::Gpx => write!(
            out,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gpx version=\"1.1\" creator=\"anfang\" xmlns=\"http://www.topografix.com/GPX/1/1\">\n<trk><name>{}</name><trkseg>\n",
            xml_escape(&args.dev)
        )
        .map_err(io)?,
    }
    let window = Duration::from_secs(args.window_hours * 3600);
    let mut chunks = client.gps_track_chunks(&args.dev, from, to, window);
    let bar = if args.quiet {
        indicatif::ProgressBar::hidden()
    } else {
        let b =
            indicatif::ProgressBar::with_draw_target(None, indicatif::ProgressDrawTarget::stderr());
        b.set_style(
            indicatif::ProgressStyle::with_template("{bar:30} {pos}/{len} windows {msg}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        b
    };
    let (mut points, mut calls, mut first, mut last) = (0u64, 0u64, None, None);
    let mut windows_done = 0usize;
    while let Some(chunk) = chunks.next().await {
        let chunk = chunk.map_err(|e| {
            bar.abandon();
            Failure::Api(e.to_string())
        })?;
        calls += 1;
        bar.set_length(chunk.windows as u64);
        for p in &chunk.points {
            match args.format {
                GpsFormat::Csv => writeln!(
                    out,
                    "{},{},{},{}",
                    csv_field(&p.time.format("%Y-%m-%d %H:%M:%S").to_string()),
                    p.lng,
                    p.lat,
                    p.accuracy.map(|a| a.to_string()).unwrap_or_default()
                ),
                GpsFormat::Geojson => write!(
                    out,
                    "{}[{},{}]",
                    if points == 0 { "" } else { "," },
                    p.lng,
                    p.lat
                ),
                GpsFormat::Gpx => writeln!(
                    out,
                    "<trkpt lat=\"{}\" lon=\"{}\"><time>{}</time></trkpt>",
                    p.lat,
                    p.lng,
                    p.time.format("%Y-%m-%dT%H:%M:%S")
                ),
            }
            .map_err(io)?;
            points += 1;
            first.get_or_insert(p.time);
            last = Some(p.time);
        }
        if chunk.index > windows_done {
            windows_done = chunk.index;
            bar.set_position(windows_done as u64);
        }
        bar.set_message(format!("{points} points"));
    }
    match args.format {
        GpsFormat::Csv => Ok(()),
        GpsFormat::Geojson => writeln!(out, "]}}}}]}}"),
        GpsFormat::Gpx => writeln!(out, "</trkseg></trk>\n</gpx>"),
    }
    .map_err(io)?;
    out.flush().map_err(io)?;
    bar.finish_and_clear();
    if !args.quiet {
        eprintln!(
            "{points} points from {} windows ({calls} calls), {} .. {}",
            windows_done,
            first.map(|t| t.to_string()).unwrap_or_else(|| "-".into()),
            last.map(|t| t.to_string()).unwrap_or_else(|| "-".into()),
        );
    }
    Ok(())
}
