//! MCS8: log in, stream every device, and print the GPS track length of the first
//! device for one day.
//!
//! ```text
//! cargo run --example mcs8_devices
//! ```
//!
//! With `MCS8_BASE_URL`, `MCS8_USERNAME` and `MCS8_PASSWORD` set it talks to that
//! platform (the day is yesterday, UTC); otherwise it starts the embedded simulator.

#[path = "support/logging.rs"]
mod logging;

use anfang::mcs8::api::org::DevList;
use anfang::mcs8::simulator::{sim_day, Simulator};
use anfang::mcs8::{Client, ENV_BASE_URL, ENV_PASSWORD, ENV_USERNAME};
use chrono::{NaiveDate, TimeDelta};
use futures::TryStreamExt;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    logging::init();
    // All three MCS8_* variables → the platform; none → the embedded simulator; some
    // but not all → an error naming the missing one (never a silent fallback).
    let env = match anfang::core::env::group(&[ENV_BASE_URL, ENV_USERNAME, ENV_PASSWORD], &[]) {
        Ok(env) => env,
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(2);
        }
    };
    // Keep the simulator alive for the whole run (it stops when dropped).
    let (client, day, _sim): (Client, NaiveDate, Option<Simulator>) = if env.is_some() {
        let yesterday = chrono::Utc::now().date_naive() - TimeDelta::days(1);
        (Client::from_env()?, yesterday, None)
    } else {
        let sim = Simulator::start().await?;
        println!(
            "(no MCS8_* variables set: using the embedded simulator at {})",
            sim.base_url()
        );
        (sim.client()?, sim_day(), Some(sim))
    };

    // 2.4.1 DevList, 1000 per page, fetched lazily.
    let mut devices = client.stream(DevList::default());
    let mut first = None;
    let mut count = 0usize;
    while let Some(device) = devices.try_next().await? {
        let id = device.device_id.clone().unwrap_or_default();
        println!("{id}\t{}", device.device_name.as_deref().unwrap_or(""));
        if first.is_none() && !id.is_empty() {
            first = Some(id);
        }
        count += 1;
    }
    println!("{count} devices");

    // 2.7.2 GPSListForlarge for one day of the first device.
    if first.is_none() {
        println!("no device with an id: no GPS track to read");
    }
    if let Some(dev) = first {
        let st = day.and_hms_opt(0, 0, 0).unwrap_or_default();
        let track = client.gps_track(&dev, st, st + TimeDelta::days(1)).await?;
        println!("GPS track of {dev} on {day}: {} points", track.len());
    }
    client.logout().await?;
    Ok(())
}
