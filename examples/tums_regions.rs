//! Walk the whole TUMS region tree (分组管理, tums-open-api.txt 1.4.2.8 / 1.4.2.9).
//!
//! ```text
//! cargo run --example tums_regions
//! ```
//!
//! With `TUMS_AK` and `TUMS_SK` set (and optionally `TUMS_BASE_URL`, `TUMS_TERMINAL_ID`)
//! it reads the regions of that project-type application; with none of them set it
//! starts the embedded simulator and builds a small tree first; with only some set it
//! names the missing variable and exits with status 2. It streams every root region
//! (`getPagedRootRegions`) and, for every region that has children, streams them
//! (`getPagedRegionChildren`) recursively, printing one line per region on stdout,
//! indented by depth (where it runs and the total go to stderr). Only endpoints, request
//! fields (`start`, `limit`, `needDevNum` = 0, `regionId`) and response fields
//! (`regionId`, `regionName`, `regionLevel`, `hasChildren`, `regionType`, `total`) the
//! seed documents are used; a region is descended into only when `hasChildren` is 1.

#[path = "support/logging.rs"]
mod logging;

use anfang::tums::api::region::{AddRegion, GetPagedRegionChildren, GetPagedRootRegions, Region};
use anfang::tums::simulator::Simulator;
use anfang::tums::Client;
use futures::future::BoxFuture;
use futures::TryStreamExt;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    logging::init();
    // TUMS_AK and TUMS_SK (TUMS_BASE_URL, TUMS_TERMINAL_ID optional) → the platform;
    // none set → the embedded simulator; some but not all → an error naming the missing
    // one (never a silent fallback).
    let env = match anfang::core::env::group(Client::ENV_REQUIRED, Client::ENV_OPTIONAL) {
        Ok(env) => env,
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(2);
        }
    };
    // Keep the simulator alive for the whole walk.
    let (client, _sim) = match env {
        Some(env) => {
            let client = Client::builder_from_values(&env)?.build()?;
            eprintln!("region tree of {}", client.base_url());
            (client, None)
        }
        None => {
            let sim = Simulator::start().await?;
            let client = sim.client()?;
            seed_demo_tree(&client).await?;
            eprintln!(
                "region tree of the embedded simulator at {}",
                sim.base_url()
            );
            (client, Some(sim))
        }
    };

    let mut count = 0usize;
    let mut roots = client.stream(GetPagedRootRegions::new());
    while let Some(root) = roots.try_next().await? {
        count += walk(&client, root, 0).await?;
    }
    eprintln!("{count} region(s)");
    Ok(())
}

/// Prints `region`, then walks its children; returns how many regions were printed.
fn walk(client: &Client, region: Region, depth: usize) -> BoxFuture<'_, anyhow::Result<usize>> {
    Box::pin(async move {
        println!(
            "{}{} (id {}, level {}{})",
            "  ".repeat(depth),
            region.region_name,
            region.region_id,
            region.region_level,
            if region.is_default() { ", default" } else { "" }
        );
        let mut count = 1;
        if region.has_children {
            let mut children = client.stream(GetPagedRegionChildren::new(&region.region_id));
            while let Some(child) = children.try_next().await? {
                count += walk(client, child, depth + 1).await?;
            }
        }
        Ok(count)
    })
}

/// A small campus: two sites, buildings, floors and one room (4 levels, the maximum).
async fn seed_demo_tree(client: &Client) -> anyhow::Result<()> {
    let north = client.send(&AddRegion::new("North campus", "0")).await?;
    let south = client.send(&AddRegion::new("South campus", "0")).await?;
    let a = client
        .send(&AddRegion::new("Building A", &north.region_id))
        .await?;
    let b = client
        .send(&AddRegion::new("Building B", &north.region_id))
        .await?;
    client
        .send(&AddRegion::new("Floor 1", &a.region_id))
        .await?;
    client
        .send(&AddRegion::new("Floor 2", &a.region_id))
        .await?;
    let b1 = client
        .send(&AddRegion::new("Floor 1", &b.region_id))
        .await?;
    client
        .send(&AddRegion::new("Room 101", &b1.region_id))
        .await?;
    client
        .send(&AddRegion::new("Main gate", &south.region_id))
        .await?;
    Ok(())
}
