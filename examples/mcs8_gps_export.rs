//! MCS8: write a device's GPS track for a date range to CSV, with a progress bar.
//!
//! ```text
//! cargo run --example mcs8_gps_export -- [DEVICE_ID] [FROM yyyy-MM-dd] [TO yyyy-MM-dd] [OUT.csv]
//! ```
//!
//! `TO` is exclusive. Defaults: the first device, a 3-day range, `mcs8_track.csv` in
//! the temporary directory. With `MCS8_BASE_URL`, `MCS8_USERNAME` and
//! `MCS8_PASSWORD` set it talks to that platform; otherwise it starts the embedded
//! simulator. The range is covered with GPSListForlarge calls of one day each
//! (the platform accepts up to 7 days per call).

#[path = "support/logging.rs"]
mod logging;

use std::io::Write;
use std::time::Duration;

use anfang::mcs8::api::org::DevList;
use anfang::mcs8::simulator::{sim_day, Simulator};
use anfang::mcs8::{Client, ENV_BASE_URL, ENV_PASSWORD, ENV_USERNAME};
use chrono::{NaiveDate, TimeDelta};
use futures::{StreamExt, TryStreamExt};
use indicatif::{ProgressBar, ProgressStyle};

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    logging::init();
    let args: Vec<String> = std::env::args().skip(1).collect();
    // All three MCS8_* variables → the platform; none → the embedded simulator; some
    // but not all → an error naming the missing one (never a silent fallback).
    let env = match anfang::core::env::group(&[ENV_BASE_URL, ENV_USERNAME, ENV_PASSWORD], &[]) {
        Ok(env) => env,
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(2);
        }
    };
    let (client, default_from, _sim): (Client, NaiveDate, Option<Simulator>) = if env.is_some() {
        let today = chrono::Utc::now().date_naive();
        (Client::from_env()?, today - TimeDelta::days(3), None)
    } else {
        let sim = Simulator::start().await?;
        eprintln!(
            "(no MCS8_* variables set: using the embedded simulator at {})",
            sim.base_url()
        );
        (sim.client()?, sim_day(), Some(sim))
    };

    let device = match args.first() {
        Some(d) => d.clone(),
        None => {
            // The first device with an id (2.4.1 DevList; every member is optional).
            let mut devices = client.stream(DevList::default());
            let mut found = None;
            while let Some(d) = devices.try_next().await? {
                if let Some(id) = d.device_id.filter(|id| !id.is_empty()) {
                    found = Some(id);
                    break;
                }
            }
            drop(devices);
            match found {
                Some(id) => id,
                None => {
                    println!("the account has no device with an id: nothing to export");
                    client.logout().await?;
                    return Ok(());
                }
            }
        }
    };
    let parse = |i: usize, default: NaiveDate| -> anyhow::Result<NaiveDate> {
        match args.get(i) {
            Some(s) => Ok(NaiveDate::parse_from_str(s, "%Y-%m-%d")?),
            None => Ok(default),
        }
    };
    let from = parse(1, default_from)?;
    let to = parse(2, from + TimeDelta::days(3))?;
    let out = args
        .get(3)
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| std::env::temp_dir().join("mcs8_track.csv"));

    let st = from.and_hms_opt(0, 0, 0).unwrap_or_default();
    let et = to.and_hms_opt(0, 0, 0).unwrap_or_default();
    let days = (et - st).num_days().max(0) as u64;
    let bar = ProgressBar::new(days);
    bar.set_style(
        ProgressStyle::with_template("{bar:40} {pos}/{len} days  {msg}")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );

    let mut file = std::io::BufWriter::new(std::fs::File::create(&out)?);
    writeln!(file, "time,lng,lat,accuracy_m")?;
    let mut points = 0usize;
    let mut chunks = client.gps_track_chunks(&device, st, et, Duration::from_secs(86_400));
    while let Some(chunk) = chunks.next().await {
        let chunk = chunk?;
        for p in &chunk.points {
            let acc = p.accuracy.map(|a| a.to_string()).unwrap_or_default();
            writeln!(
                file,
                "{},{},{},{acc}",
                p.time.format("%Y-%m-%d %H:%M:%S"),
                p.lng,
                p.lat
            )?;
        }
        points += chunk.points.len();
        bar.set_position(chunk.index as u64);
        bar.set_message(format!("{points} points"));
    }
    file.flush()?;
    bar.finish();
    println!(
        "{device}: {points} points from {from} to {to} written to {}",
        out.display()
    );
    client.logout().await?;
    Ok(())
}
