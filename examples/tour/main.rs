//! The anfang tour: every platform, end to end, against the embedded simulators.
//!
//! ```text
//! cargo run --example tour
//! ```
//!
//! It needs no setup and no network: each section starts its platform's simulator on
//! an ephemeral loopback port, drives it with the real client, and prints what
//! happened. It exits 0 when every section succeeds.

mod hongtu;
mod lenfocus;
mod mcs8;
mod tums;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    // `RUST_LOG=info` shows one tracing span per HTTP request (method, path, status,
    // latency) — never a secret.
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn")),
        )
        .init();

    println!("anfang tour — four platforms against their embedded simulators\n");
    mcs8::run().await?;
    hongtu::run().await?;
    tums::run().await?;
    lenfocus::run().await?;
    println!("\ntour complete");
    Ok(())
}
