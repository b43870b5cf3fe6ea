//! Subscribes to pass records (busiType 5) and prints every callback the box pushes.
//!
//! ```text
//! # against a box: the box must reach HONGTU_PUSH_URL, served on HONGTU_LISTEN
//! # (default 127.0.0.1 on an ephemeral port: loopback unless told otherwise; set both
//! # for a real box). The receiver answers only on HONGTU_WEBHOOK_PATH (default
//! # /hongtu/push) and, when HONGTU_WEBHOOK_TOKEN is set, only to requests carrying it
//! # (`?token=…` in the push URL, since the box cannot send headers).
//! HONGTU_BASE_URL=http://192.168.1.10 HONGTU_APP_KEY=appkey1 HONGTU_SECRET=… \
//! HONGTU_LISTEN=192.168.1.20:9999 HONGTU_WEBHOOK_PATH=/hongtu/7f3c2a HONGTU_WEBHOOK_TOKEN=… \
//! HONGTU_PUSH_URL='http://192.168.1.20:9999/hongtu/7f3c2a?token=…' \
//! HONGTU_RUN_SECS=60 cargo run --example hongtu_subscribe
//! # without one: the embedded simulator pushes a few records
//! cargo run --example hongtu_subscribe
//! ```
//!
//! Against a box it runs for `HONGTU_RUN_SECS` (default 10) seconds or until Ctrl-C,
//! then cancels the subscription and exits 0.

#[path = "support/logging.rs"]
mod logging;

use std::time::Duration;

use anfang::hongtu::api::subscription::{QuerySubscription, Subscribe, Unsubscribe};
use anfang::hongtu::callback::{BusinessRecord, Callback, PassRecord};
use anfang::hongtu::client::{ENV_OPTIONAL, ENV_REQUIRED};
use anfang::hongtu::dict::{BusiType, PassType, PersonType, RecognitionType};
use anfang::hongtu::simulator::Simulator;
use anfang::hongtu::webhook::WebhookOptions;
use anfang::hongtu::{webhook, Client};

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    logging::init();
    // Nothing set: the simulator. Everything set: the box. A partial configuration is
    // an error naming the missing variable.
    let env = anfang::core::env::group(&ENV_REQUIRED, &ENV_OPTIONAL)?;
    let real = env.is_some();
    // Loopback unless told otherwise.
    let listen = std::env::var("HONGTU_LISTEN").unwrap_or_else(|_| "127.0.0.1:0".to_owned());
    let path = std::env::var("HONGTU_WEBHOOK_PATH").unwrap_or_else(|_| "/hongtu/push".into());
    let token = std::env::var("HONGTU_WEBHOOK_TOKEN")
        .ok()
        .filter(|t| !t.is_empty());
    let mut options = WebhookOptions::new(path);
    if let Some(token) = &token {
        options = options.token(token.as_str());
    }
    let (server, mut callbacks) = webhook::channel(listen.parse()?, options).await?;
    // The URL the box pushes to; set HONGTU_PUSH_URL to an address the box can reach.
    let push_url = std::env::var("HONGTU_PUSH_URL").unwrap_or_else(|_| {
        let url = format!(
            "http://127.0.0.1:{}{}",
            server.local_addr().port(),
            server.path()
        );
        match &token {
            Some(t) => format!("{url}?token={t}"),
            None => url,
        }
    });

    let (client, sim) = if let Some(env) = env {
        let client = Client::builder_from_values(&env)?.build()?;
        println!("talking to {}", client.base_url());
        (client, None)
    } else {
        let sim = Simulator::start().await?;
        println!(
            "HONGTU_BASE_URL/HONGTU_APP_KEY/HONGTU_SECRET not set: using the simulator at {}",
            sim.base_url()
        );
        (sim.client()?, Some(sim))
    };

    client
        .send(&Subscribe {
            // Optional (the box falls back to the cappkey header); sent for clarity.
            app_key: Some(client.app_key().to_owned()),
            push_url: push_url.clone(),
            busi_types: vec![BusiType::Pass],
        })
        .await?;
    let sub = client
        .send(&QuerySubscription {
            app_key: Some(client.app_key().to_owned()),
        })
        .await?;
    println!(
        "subscribed {:?} to busiTypes {:?}",
        redact_token(&sub.push_url.unwrap_or_default()),
        sub.busi_types.unwrap_or_default()
    );

    if let Some(sim) = &sim {
        // The simulator plays the box: three people walk through a door.
        for (i, name) in ["张三", "李四", "王五"].iter().enumerate() {
            let record = PassRecord {
                id: Some(format!("sim-{i}")),
                person_name: Some((*name).to_owned()),
                person_type: Some(PersonType::Employee),
                recognition_type: Some(RecognitionType::Employee),
                pass_type: Some(PassType::Passed),
                device_name: Some("一号门面板机".into()),
                pass_timestamp: Some(chrono::Utc::now()),
                recognition_score: Some(90.0 + i as f64),
                ..PassRecord::default()
            };
            sim.emit_pass_record(&record).await?;
        }
    }

    let run_for = if real {
        let secs = std::env::var("HONGTU_RUN_SECS")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(10);
        println!(
            "listening on {} for {secs} s (Ctrl-C to stop)",
            server.local_addr()
        );
        Duration::from_secs(secs)
    } else {
        Duration::from_secs(10)
    };
    let deadline = tokio::time::sleep(run_for);
    tokio::pin!(deadline);
    let mut received = 0;
    loop {
        tokio::select! {
            cb = callbacks.recv() => match cb {
                Some(cb) => { print_callback(&cb); received += 1; }
                None => break,
            },
            _ = &mut deadline => break,
            _ = tokio::signal::ctrl_c() => break,
        }
        if sim.is_some() && received == 3 {
            break;
        }
    }
    client
        .send(&Unsubscribe {
            app_key: Some(client.app_key().to_owned()),
        })
        .await?;
    println!("received {received} callbacks; subscription cancelled");
    server.shutdown().await;
    if sim.is_some() {
        anyhow::ensure!(
            received == 3,
            "the simulator pushed 3 records, received {received}"
        );
    }
    Ok(())
}

fn print_callback(cb: &Callback) {
    match cb {
        Callback::Business(BusinessRecord::Pass(p)) => println!(
            "pass record {}: {} at {} ({:?}, score {:?})",
            p.id.as_deref().unwrap_or("-"),
            p.person_name.as_deref().unwrap_or("?"),
            p.device_name.as_deref().unwrap_or("?"),
            p.pass_type,
            p.recognition_score
        ),
        other => println!("callback: {other:?}"),
    }
}

/// The push URL for printing: the `token` query value is not shown.
fn redact_token(url: &str) -> String {
    match url.find("token=") {
        Some(i) => format!("{}token=<redacted>", &url[..i]),
        None => url.to_owned(),
    }
}
