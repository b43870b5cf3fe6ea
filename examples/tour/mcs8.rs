//! MCS8 dispatch platform.

use std::time::Duration;

use anfang::mcs8::api::data::SignedUrlRequest;
use anfang::mcs8::api::org::{DevList, GroupDelete};
use anfang::mcs8::simulator::{sim_day, Simulator};
use anfang::mcs8::ErrorCode;
use anfang::signing::mcs8;
use chrono::TimeDelta;
use futures::TryStreamExt;

pub async fn run() -> anyhow::Result<()> {
    println!("== MCS8 dispatch platform ==");
    // 2.1.1 登录: password = sha256_hex(md5_hex(password) + udef_t).
    let sig = mcs8::login_signature("000000", 1_700_000_000);
    println!(
        "login signature for udef_t={}: {}",
        sig.udef_t, sig.password
    );

    // The embedded simulator: it checks that signature, the `token` header and the
    // rate limits (login ≤ 2/min, calls ≤ 10/s).
    let sim = Simulator::start().await?;
    let client = sim.client()?;
    let devices: Vec<_> = client.stream(DevList::default()).try_collect().await?;
    // Every member of a device (B.3) is optional: take the first one that has an id.
    let first = devices.iter().find_map(|d| d.device_id.clone());
    println!(
        "logged in ({} login), {} devices, first: {}",
        sim.stats().logins,
        devices.len(),
        first.as_deref().unwrap_or("(none)")
    );

    if let Some(dev) = first {
        let st = sim_day().and_hms_opt(0, 0, 0).unwrap_or_default();
        let track = client.gps_track(&dev, st, st + TimeDelta::days(1)).await?;
        match track.first() {
            Some(p) => println!(
                "GPS track of {dev} on {}: {} points, first at ({:.4}, {:.4})",
                sim_day(),
                track.len(),
                p.lat,
                p.lng
            ),
            None => println!("GPS track of {dev} on {}: no points", sim_day()),
        }
    }

    // Platform errors are typed (appendix A.1)…
    match client.send(&GroupDelete { id: 424_242 }).await {
        Err(e) if e.code() == Some(ErrorCode::NotFound) => {
            println!("deleting an unknown group: {}", ErrorCode::NotFound)
        }
        other => anyhow::bail!("expected 404, got {other:?}"),
    }
    // …and so are the documented limits, checked before anything is sent.
    match SignedUrlRequest::new("file", Duration::from_secs(8 * 86_400)) {
        Err(e) => println!("signed URL for 8 days: {e}"),
        Ok(_) => anyhow::bail!("an 8-day signed URL should be refused"),
    }
    client.logout().await?;
    Ok(())
}
