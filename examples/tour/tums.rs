//! TP-LINK commercial cloud (TUMS) open API.

use anfang::signing::tums::{sign, TumsCredentials, TumsRequest};
use anfang::tums::api::region::{
    AddRegion, DeleteRegion, GetPagedRegionChildren, GetPagedRootRegions, Region,
};
use anfang::tums::simulator::Simulator;
use anfang::tums::{Error, ErrorCode};
use futures::TryStreamExt;

pub async fn run() -> anyhow::Result<()> {
    println!("== TP-LINK TUMS open API ==");
    // 1.2.2.2: the request the seed shows, signed with an example key.
    let body = br#"{"regionName":"root1.2","order":2,"parentId":"1"}"#;
    let sig = sign(
        &TumsRequest {
            method: "POST",
            path: "/tums/open/resource/v1/addRegion",
            payload: body,
        },
        &TumsCredentials {
            access_key: "example-ak",
            secret_key: "example-sk",
            terminal_id: "fa5d13475934410b9398a95be95f7079",
        },
        1706701924,
        "1407447e996cf697488957375fd03d98",
    )?;
    println!("X-Authorization: {}", sig.header_value);

    // The simulator checks every signature, keeps the region tree and pages honestly.
    let sim = Simulator::start().await?;
    let client = sim.client()?;
    println!("simulator at {}", sim.base_url());
    let hq = client.send(&AddRegion::new("Headquarters", "0")).await?;
    for floor in ["Floor 1", "Floor 2", "Floor 3"] {
        let r = client.send(&AddRegion::new(floor, &hq.region_id)).await?;
        println!(
            "added {floor:?} as region {} (level {})",
            r.region_id, r.region_level
        );
    }
    let roots: Vec<Region> = client
        .stream(GetPagedRootRegions::new())
        .try_collect()
        .await?;
    for root in &roots {
        println!(
            "root {} {:?}{}",
            root.region_id,
            root.region_name,
            if root.is_default() { " (default)" } else { "" }
        );
    }
    let floors: Vec<Region> = client
        .stream(GetPagedRegionChildren::new(&hq.region_id).limit(2))
        .try_collect()
        .await?;
    println!(
        "{} floors under Headquarters, streamed 2 per page",
        floors.len()
    );

    // Typed errors: the default region cannot be deleted (-80405)…
    let default = roots
        .iter()
        .find(|r| r.is_default())
        .map(|r| r.region_id.clone());
    if let Some(region_id) = default {
        match client.send(&DeleteRegion { region_id }).await {
            Err(Error::Api(api)) => println!("deleting the default region: {}", api.code),
            other => anyhow::bail!("expected a typed API error, got {other:?}"),
        }
    }
    // …and a wrong secret key is a signature error, not retried.
    let wrong = sim
        .client_builder()
        .credentials(sim.credentials().id, "wrong-secret")
        .build()?;
    match wrong.send(&GetPagedRootRegions::new()).await {
        Err(e) if e.code() == Some(ErrorCode::SignatureMismatch) => {
            println!("wrong SK: {e} (retryable: {})", e.is_retryable())
        }
        other => anyhow::bail!("expected -10301, got {other:?}"),
    }
    Ok(())
}
