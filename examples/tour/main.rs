//! The anfang tour: every platform, end to end, against the embedded simulators.
//!
//! ```text
//! cargo run --example tour
//! ```
//!
//! It needs no setup and no network: each section starts its platform's simulator on
//! an ephemeral loopback port, drives it with the real client, and prints what
//! happened. It exits 0 when every section succeeds.

#[path = "../support/logging.rs"]
mod logging;

mod hongtu;
mod lenfocus;
mod mcs8;
mod tums;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    logging::init();

    println!("anfang tour — four platforms against their embedded simulators\n");
    mcs8::run().await?;
    hongtu::run().await?;
    tums::run().await?;
    lenfocus::run().await?;
    println!("\ntour complete");
    Ok(())
}
