//! Lenfocus third-party device protocol (device side).

use std::time::Duration;

use anfang::lenfocus::commands::{Reboot, ServerCommand};
use anfang::lenfocus::simulator::{SimDevice, Simulator};
use anfang::lenfocus::uploads::DeviceInfoReport;
use anfang::lenfocus::{CommandHandler, CommandResult, Device};
use anfang::signing::lenfocus::param_signature;

/// A device that supports one command: reboot.
struct Tour;

impl CommandHandler for Tour {
    async fn reboot(&self, cmd: Reboot) -> CommandResult<()> {
        println!("device: reboot requested in {:?}", cmd.delay());
        Ok(())
    }
}

pub async fn run() -> anyhow::Result<()> {
    println!("== Lenfocus device protocol ==");
    // 三、签名算法: the seed's worked example.
    let sign = param_signature(
        [
            ("sn", "Y3CA123489"),
            ("did", "876433"),
            ("ts", "1658029108"),
            ("appid", "FUN790386"),
        ],
        "AABBCC112233",
    );
    anyhow::ensure!(
        sign == "C7C164B353F05DF3E219E82FC4619912",
        "signature differs from the seed"
    );
    println!("parameter signature of the seed's worked example: {sign} (matches the seed)");

    // A short session against the embedded platform simulator.
    let (sn, code, did) = ("Y3C122AP1234512", "AB12CD34", "1234512");
    let sim = Simulator::builder()
        .device(SimDevice::with_test_key(sn, code, Some(did.into())))
        .start()
        .await?;
    let device = Device::new(
        sim.device_config(sn)?
            .with_reply_timeout(Duration::from_secs(5)),
    );
    let session = device.connect(Tour).await?;
    println!("connected over WebSocket with an RSA-signed /connect; token received");
    let reply = sim.push(sn, Reboot { delay_ms: 500 }).await?;
    anyhow::ensure!(
        reply.data.code.is_success(),
        "reboot answered {}",
        reply.data.code
    );
    println!(
        "platform pushed {} → device answered {}",
        Reboot::URI,
        reply.data.code
    );
    let http = sim.http_client(session.clone())?;
    http.report_device_info(DeviceInfoReport {
        fw_ver: Some("V1.0".into()),
        dev_name: Some("tour camera".into()),
        ..Default::default()
    })
    .await?;
    anyhow::ensure!(sim.uploads().len() == 1, "the upload was not recorded");
    println!("device info uploaded over HTTP with the session's bearer token");
    session.shutdown().await;
    Ok(())
}
